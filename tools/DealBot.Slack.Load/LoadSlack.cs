using System.Collections.Concurrent;
using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DealBot.Slack.Load;

/// <summary>
/// Just enough Slack for the load run: the Web API methods the bot calls (counting chat.postMessage by channel) and
/// the Socket Mode server, whose acks complete the waiting senders by envelope_id.
/// </summary>
internal sealed class LoadSlack : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<bool>> _pendingAcks = new();
    private readonly TaskCompletionSource<WebSocket> _socket = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly ConcurrentDictionary<string, int> _postsByChannel = new(StringComparer.Ordinal);
    private WebApplication _app = null!;

    public string BaseUrl { get; private set; } = "";

    /// <summary>How many of <paramref name="channels"/> got at least one chat.postMessage.</summary>
    public int AnsweredIn(IEnumerable<string> channels) => channels.Count(_postsByChannel.ContainsKey);

    /// <summary>Channels that got more than one chat.postMessage: every event has its own channel, so each is a double answer.</summary>
    public int ChannelsAnsweredTwice => _postsByChannel.Count(p => p.Value > 1);

    public static async Task<LoadSlack> StartAsync()
    {
        var slack = new LoadSlack();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        slack._app = builder.Build();
        slack._app.UseWebSockets();
        slack._app.MapPost("/api/{method}", slack.ApiAsync);
        slack._app.MapPost("/response/{id}", context => context.Response.WriteAsync("ok"));
        slack._app.Map("/socket", slack.SocketAsync);
        await slack._app.StartAsync();
        slack.BaseUrl = slack._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/";
        return slack;
    }

    public Task<WebSocket> Connected => _socket.Task;

    /// <summary>Sends an envelope and completes when the bot acks it; true when the ack carried a payload.</summary>
    public async Task<bool> SendEnvelopeAsync(string envelopeId, string frame)
    {
        var ack = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pendingAcks[envelopeId] = ack;
        var socket = await Connected;
        await _sendLock.WaitAsync();
        try
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(frame), WebSocketMessageType.Text, true, CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }

        return await ack.Task;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task ApiAsync(HttpContext context)
    {
        var method = (string)context.Request.RouteValues["method"]!;
        if (method == "chat.postMessage")
        {
            using var body = await JsonDocument.ParseAsync(context.Request.Body);
            _postsByChannel.AddOrUpdate(body.RootElement.GetProperty("channel").GetString()!, 1, (_, n) => n + 1);
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(method switch
        {
            "apps.connections.open" => $"{{\"ok\":true,\"url\":\"{BaseUrl.Replace("http://", "ws://", StringComparison.Ordinal)}socket\"}}",
            "auth.test" => "{\"ok\":true,\"user_id\":\"UBOT\",\"team_id\":\"T1\"}",
            _ => "{\"ok\":true,\"ts\":\"1764244800.000100\"}",
        });
    }

    private async Task SocketAsync(HttpContext context)
    {
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        await socket.SendAsync("{\"type\":\"hello\",\"num_connections\":1}"u8.ToArray(), WebSocketMessageType.Text, true, CancellationToken.None);
        _socket.TrySetResult(socket);
        var buffer = new byte[256 * 1024];
        while (socket.State == WebSocketState.Open)
        {
            var count = 0;
            ValueWebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer.AsMemory(count), CancellationToken.None);
                count += result.Count;
            }
            while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);

            if (result.MessageType == WebSocketMessageType.Close)
            {
                break;
            }

            using var ack = JsonDocument.Parse(buffer.AsMemory(0, count));
            if (ack.RootElement.TryGetProperty("envelope_id", out var id) && _pendingAcks.TryRemove(id.GetString()!, out var waiting))
            {
                waiting.TrySetResult(ack.RootElement.TryGetProperty("payload", out _));
            }
        }
    }
}
