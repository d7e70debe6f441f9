namespace A11yArticles.Checks;

/// <summary>How serious a finding is. Errors fail a check run (exit code 1, <see cref="A11yAssert"/>); warnings are reported only.</summary>
public enum Severity
{
    /// <summary>Worth a look; does not fail a run.</summary>
    Warning,

    /// <summary>A barrier for some users; fails a run.</summary>
    Error,
}
