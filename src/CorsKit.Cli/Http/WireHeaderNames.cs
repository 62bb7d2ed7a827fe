using System.Buffers;
using System.Text;

namespace CorsKit.Cli.Http;

/// <summary>
/// The header names of a response as the server wrote them. <see cref="HttpClient"/> reports a name it knows in its own
/// spelling (<c>X-Request-ID</c> for a server's <c>X-Request-Id</c>); this stream sits between the connection and the
/// client, keeps the bytes of the response head it reads, and gives back each name as it went over the wire.
/// </summary>
internal sealed class WireHeaderNames(Stream inner) : Stream
{
    // A response head longer than this is beyond any server's limit; names past it keep the client's spelling.
    private const int MaxHead = 64 * 1024;
    // Not a MemoryStream: the connection closes (and disposes this stream) before the names are read.
    private readonly ArrayBufferWriter<byte> _head = new();

    /// <summary>The option under which a request carries the recorder of its connection.</summary>
    public static readonly HttpRequestOptionsKey<WireHeaderNames> Key = new("corskit.wire-header-names");

    /// <summary>Each name of the first response head read, by its case-insensitive form, as the server spelled it.</summary>
    public IReadOnlyDictionary<string, string> Names()
    {
        var text = Encoding.Latin1.GetString(_head.WrittenSpan);
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in (end < 0 ? text : text[..end]).Split("\r\n").Skip(1))
        {
            if (line.IndexOf(':', StringComparison.Ordinal) is var colon and > 0)
            {
                names.TryAdd(line[..colon].Trim(), line[..colon].Trim());
            }
        }

        return names;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        Record(buffer.Span[..read]);
        return read;
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var read = inner.Read(buffer, offset, count);
        Record(buffer.AsSpan(offset, read));
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) => inner.WriteAsync(buffer, cancellationToken);

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => inner.WriteAsync(buffer, offset, count, cancellationToken);

    public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    public override void Flush() => inner.Flush();

    public override bool CanRead => inner.CanRead;

    public override bool CanWrite => inner.CanWrite;

    public override bool CanSeek => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        await inner.DisposeAsync().ConfigureAwait(false);
        await base.DisposeAsync().ConfigureAwait(false);
    }

    private void Record(ReadOnlySpan<byte> bytes)
    {
        if (_head.WrittenCount < MaxHead)
        {
            _head.Write(bytes[..Math.Min(bytes.Length, MaxHead - _head.WrittenCount)]);
        }
    }
}
