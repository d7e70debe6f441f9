using System.Buffers;
using System.Text;

namespace A11yArticles.Rendering;

/// <summary>
/// A <see cref="TextWriter"/> into one pooled buffer, for HTML that is written once and then turned
/// into a string: no <see cref="StringBuilder"/> chunks to grow and copy, one allocation (the string).
/// </summary>
internal sealed class PooledStringWriter : TextWriter
{
    private const int InitialSize = 16 * 1024;

    private char[] _buffer = ArrayPool<char>.Shared.Rent(InitialSize);
    private int _length;

    public override Encoding Encoding => Encoding.Unicode;

    public override void Write(char value)
    {
        if (_length == _buffer.Length)
        {
            Grow(1);
        }

        _buffer[_length++] = value;
    }

    public override void Write(string? value)
    {
        if (value is not null)
        {
            Write(value.AsSpan());
        }
    }

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        if (_buffer.Length - _length < buffer.Length)
        {
            Grow(buffer.Length);
        }

        buffer.CopyTo(_buffer.AsSpan(_length));
        _length += buffer.Length;
    }

    public override string ToString() => new(_buffer, 0, _length);

    protected override void Dispose(bool disposing)
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<char>.Shared.Return(_buffer);
            _buffer = [];
            _length = 0;
        }

        base.Dispose(disposing);
    }

    private void Grow(int needed)
    {
        var larger = ArrayPool<char>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + needed));
        _buffer.AsSpan(0, _length).CopyTo(larger);
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
