using System.Text;

namespace A11yArticles.Importers;

/// <summary>
/// Collapses runs of white space, as <c>Regex.Replace(text, @"\s+", " ")</c> does (the same
/// characters: <see cref="char.IsWhiteSpace(char)"/> is what <c>\s</c> matches), without a regular
/// expression: the importers call it for every paragraph and text node, and most texts have nothing
/// to collapse, so it returns the text itself then instead of recording a match per space.
/// </summary>
internal static class SpaceRuns
{
    /// <summary>Each run of white space becomes one space.</summary>
    public static string Collapse(string text)
    {
        var first = FirstToChange(text);
        if (first < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        result.Append(text, 0, first);
        var inRun = false;
        for (var i = first; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                if (!inRun)
                {
                    result.Append(' ');
                    inRun = true;
                }
            }
            else
            {
                result.Append(text[i]);
                inRun = false;
            }
        }

        return result.ToString();
    }

    /// <summary>Each run of white space becomes one space, and none is left at either end.</summary>
    public static string CollapseAndTrim(string text) => Collapse(text.Trim());

    /// <summary>The index of the first white space that is not a lone ' ' (a run, or another space character), or -1.</summary>
    private static int FirstToChange(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || i + 1 < text.Length && char.IsWhiteSpace(text[i + 1])))
            {
                return i;
            }
        }

        return -1;
    }
}
