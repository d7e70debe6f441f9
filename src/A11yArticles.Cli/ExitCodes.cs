namespace A11yArticles.Cli;

/// <summary>The process exit codes of <c>a11y-articles</c>. They are part of the command's contract.</summary>
internal static class ExitCodes
{
    /// <summary>Everything asked for was done.</summary>
    public const int Success = 0;

    /// <summary>At least one input could not be processed (it is named on stderr); the others were.</summary>
    public const int InputError = 1;

    /// <summary><c>check</c>: at least one page has an accessibility error.</summary>
    public const int ViolationsFound = 1;

    /// <summary>The command line itself is wrong (unknown command or option, missing argument); for <c>check</c> also an input that cannot be read.</summary>
    public const int UsageError = 2;
}
