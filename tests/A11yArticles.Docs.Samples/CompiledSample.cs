namespace A11yArticles.Docs.Samples;

/// <summary>One compiled docs sample (listed in the generated <see cref="DocsSampleManifest"/>).</summary>
/// <param name="File">The Markdown file, relative to the repository root (<c>docs/checks.md</c>).</param>
/// <param name="Line">The line of the opening fence.</param>
/// <param name="Language"><c>csharp</c>, <c>razor</c> or <c>cshtml</c>.</param>
/// <param name="Kind">How it was compiled: <c>file</c>, <c>members</c>, <c>statements</c>, <c>component</c>, <c>N components</c>, <c>view</c>.</param>
/// <param name="TypeName">The generated type, or null for a complete file or a view.</param>
public sealed record CompiledSample(string File, int Line, string Language, string Kind, string? TypeName);
