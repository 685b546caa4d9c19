using System.Net.WebSockets;
using System.Text;

namespace DealBot.Discord.Tests.Fakes;

/// <summary>The server end of one gateway connection; sends are serialised.</summary>
internal sealed class FakeSocket(WebSocket webSocket, FakeConnection connection)
{
    private readonly SemaphoreSlim _send = new(1, 1);

    public WebSocket WebSocket => webSocket;

    public FakeConnection Connection => connection;

    public async Task SendAsync(string json)
    {
        await _send.WaitAsync();
        try
        {
            await webSocket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        }
        finally
        {
            _send.Release();
        }
    }

    /// <summary>Sends unless the connection is already gone (then the event stays for a replay).</summary>
    public async Task TrySendAsync(string json)
    {
        try
        {
            await SendAsync(json);
        }
        catch (Exception e) when (e is WebSocketException or ObjectDisposedException or InvalidOperationException)
        {
        }
    }

    public async Task CloseAsync(int code)
    {
        connection.ServerClosingAt ??= DateTimeOffset.UtcNow;
        await _send.WaitAsync();
        try
        {
            if (webSocket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await webSocket.CloseOutputAsync((WebSocketCloseStatus)code, "fake close", CancellationToken.None);
            }
        }
        catch (Exception e) when (e is WebSocketException or ObjectDisposedException or InvalidOperationException)
        {
        }
        finally
        {
            _send.Release();
        }
    }

    public void Abort() => webSocket.Abort();
}
