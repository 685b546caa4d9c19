using System.IO.Pipelines;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace DealBot.Discord.Tests.Harness;

/// <summary>
/// Discord's side of the interactions endpoint's response: a 200 body takes <paramref name="delay"/> to finish
/// arriving (a slow link), and only once it has is <paramref name="delivered"/> told what it said, which is when
/// Discord creates the message. Wraps the response body of one request.
/// </summary>
internal sealed class SlowResponseBody(HttpResponse response, IHttpResponseBodyFeature inner, TimeSpan delay, Action<byte[]> delivered) : IHttpResponseBodyFeature
{
    private readonly MemoryStream _copy = new();
    private Stream? _stream;
    private PipeWriter? _writer;
    private bool _completed;

    public Stream Stream => _stream ??= new CopyingStream(inner.Stream, _copy);

    public PipeWriter Writer => _writer ??= PipeWriter.Create(Stream);

    public void DisableBuffering() => inner.DisableBuffering();

    public Task StartAsync(CancellationToken cancellationToken = default) => inner.StartAsync(cancellationToken);

    public Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default) =>
        inner.SendFileAsync(path, offset, count, cancellationToken);

    public async Task CompleteAsync()
    {
        if (_completed)
        {
            return;
        }

        _completed = true;
        if (_writer is not null)
        {
            await _writer.FlushAsync();
        }

        if (response.StatusCode == StatusCodes.Status200OK)
        {
            await Task.Delay(delay);
        }

        await inner.CompleteAsync();
        if (response.StatusCode == StatusCodes.Status200OK)
        {
            delivered(_copy.ToArray());
        }
    }

    private sealed class CopyingStream(Stream inner, MemoryStream copy) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count)
        {
            copy.Write(buffer, offset, count);
            inner.Write(buffer, offset, count);
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            copy.Write(buffer.Span);
            return inner.WriteAsync(buffer, cancellationToken);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
    }
}
