namespace A11yArticles.Testing.Tests;

/// <summary>The kit's failure: test-framework agnostic, and readable on its own.</summary>
public sealed class A11yAssertionExceptionTests
{
    [Fact]
    public void The_message_names_the_check_the_page_and_each_problem_on_its_own_line()
    {
        var failure = new A11yAssertionException("AssertExampleAsync", "http://127.0.0.1:1/page.html", ["first problem", "second problem\nwith detail"]);

        Assert.Equal(
            "AssertExampleAsync failed on http://127.0.0.1:1/page.html: 2 problems" + Environment.NewLine +
            "  - first problem" + Environment.NewLine +
            "  - second problem\n    with detail",
            failure.Message);
        Assert.Equal(2, failure.Problems.Count);
        Assert.DoesNotContain(typeof(A11yAssertionException).Assembly.GetReferencedAssemblies(), name => name.Name!.StartsWith("xunit", StringComparison.OrdinalIgnoreCase));
    }
}
