using System.Collections.Immutable;
using System.Text;
using A11yArticles.Model;

namespace A11yArticles.Importers.PlainText;

/// <summary>
/// Finds the quotations in one paragraph of plain text. Curly double quotation marks (“…”) pair
/// with each other and may nest; a straight double quotation mark (") opens a quotation where a
/// quotation can start (start of text, after a space or an opening bracket, before a letter) and
/// closes the open straight one. Apostrophes (what’s, US’s) are never quotation marks. A
/// quotation that is still open at the end of the paragraph is not a quotation: its mark stays as
/// text, so nothing is lost and nothing is swallowed.
/// </summary>
internal static class QuotationScanner
{
    private const char CurlyOpen = '“';
    private const char CurlyClose = '”';
    private const char Straight = '"';

    public static ImmutableArray<Inline> Scan(string paragraph)
    {
        var open = new Stack<Frame>();
        open.Push(new Frame(mark: null));

        for (var i = 0; i < paragraph.Length; i++)
        {
            var c = paragraph[i];
            switch (c)
            {
                case CurlyOpen:
                    open.Push(new Frame(c));
                    break;
                case CurlyClose when open.Any(frame => frame.Mark == CurlyOpen):
                    Close(open, CurlyOpen);
                    break;
                case Straight when open.Any(frame => frame.Mark == Straight):
                    Close(open, Straight);
                    break;
                case Straight when CanOpen(paragraph, i):
                    open.Push(new Frame(c));
                    break;
                default:
                    open.Peek().AppendText(c);
                    break;
            }
        }

        while (open.Count > 1)
        {
            Abandon(open);
        }

        return open.Pop().ToInlines();
    }

    /// <summary>Closes the innermost quotation opened with <paramref name="mark"/>; any opened inside it are abandoned.</summary>
    private static void Close(Stack<Frame> open, char mark)
    {
        while (open.Peek().Mark != mark)
        {
            Abandon(open);
        }

        var closed = open.Pop();
        var parent = open.Peek();
        var content = closed.ToInlines();
        if (content.IsEmpty || string.IsNullOrWhiteSpace(Inline.PlainTextOf(content)))
        {
            // “” or “ ” quote nothing: keep the marks as the text they are.
            parent.AppendText(closed.Mark!.Value);
            parent.AppendInlines(content);
            parent.AppendText(mark == CurlyOpen ? CurlyClose : Straight);
            return;
        }

        parent.Append(new QuotationInline(content));
    }

    /// <summary>The innermost open quotation never closed: its mark and content go back to its parent as they were.</summary>
    private static void Abandon(Stack<Frame> open)
    {
        var abandoned = open.Pop();
        var parent = open.Peek();
        parent.AppendText(abandoned.Mark!.Value);
        parent.AppendInlines(abandoned.ToInlines());
    }

    /// <summary>A straight quotation mark opens a quotation at a word start, not as an inch mark (5'10").</summary>
    private static bool CanOpen(string text, int index)
    {
        var before = index == 0 ? ' ' : text[index - 1];
        var after = index + 1 < text.Length ? text[index + 1] : ' ';
        var atWordStart = char.IsWhiteSpace(before) || before is '(' or '[' or '—' or '–' or '-' or '/' or CurlyOpen;
        return atWordStart && !char.IsWhiteSpace(after);
    }

    private sealed class Frame(char? mark)
    {
        private readonly ImmutableArray<Inline>.Builder _inlines = ImmutableArray.CreateBuilder<Inline>();
        private readonly StringBuilder _text = new();

        public char? Mark { get; } = mark;

        public void AppendText(char c) => _text.Append(c);

        public void Append(Inline inline)
        {
            FlushText();
            _inlines.Add(inline);
        }

        public void AppendInlines(ImmutableArray<Inline> inlines)
        {
            foreach (var inline in inlines)
            {
                if (inline is TextInline run)
                {
                    _text.Append(run.Text);
                }
                else
                {
                    Append(inline);
                }
            }
        }

        public ImmutableArray<Inline> ToInlines()
        {
            FlushText();
            return _inlines.ToImmutable();
        }

        private void FlushText()
        {
            if (_text.Length > 0)
            {
                _inlines.Add(new TextInline(_text.ToString()));
                _text.Clear();
            }
        }
    }
}
