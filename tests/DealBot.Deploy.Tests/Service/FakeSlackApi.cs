using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace DealBot.Deploy.Tests.Service;

/// <summary>
/// Slack's Web API on a loopback port, as much as an Events API answer needs: <c>auth.test</c> and
/// <c>chat.postMessage</c>. Posts can be held (<see cref="HoldPosts"/>) so a test can stop the bot while an answer is
/// on its way, then let it through.
/// </summary>
public sealed class FakeSlackApi : IDisposable
{
    public const string BotUserId = "UBOT";

    private readonly HttpListener _listener = new();
    private readonly Task _loop;
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public FakeSlackApi()
    {
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public string BaseUrl => $"http://127.0.0.1:{Port}/api/";

    /// <summary>Bodies of chat.postMessage calls that were answered.</summary>
    public ConcurrentQueue<string> Posted { get; } = new();

    /// <summary>Completes when the first chat.postMessage arrives (before it is answered).</summary>
    public TaskCompletionSource<string> FirstPost { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool HoldPosts { get; init; }

    public void Release() => _release.TrySetResult();

    public void Dispose()
    {
        Release();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }

    public static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var json = context.Request.Url!.AbsolutePath switch
        {
            "/api/auth.test" => $$"""{"ok":true,"user_id":"{{BotUserId}}","bot_id":"BBOT","team_id":"T1"}""",
            "/api/chat.postMessage" => await PostAsync(body),
            _ => """{"ok":false,"error":"unknown_method"}""",
        };

        var bytes = Encoding.UTF8.GetBytes(json);
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.ContentLength64 = bytes.Length;
        await context.Response.OutputStream.WriteAsync(bytes);
        context.Response.Close();
    }

    private async Task<string> PostAsync(string body)
    {
        FirstPost.TrySetResult(body);
        if (HoldPosts)
        {
            await _release.Task;
        }

        Posted.Enqueue(body);
        return """{"ok":true,"channel":"C1","ts":"1700000000.000200"}""";
    }
}
