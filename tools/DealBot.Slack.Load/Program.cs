using DealBot.Slack.Load;

// dotnet run -c Release --project tools/DealBot.Slack.Load [-- --sequential 2000 --requests 20000 --concurrency 50]
// "serve" is the child-process mode: the bot under load, wired as the host wires it.
if (args.Length > 0 && args[0] == "serve")
{
    return await BotServer.RunAsync(args[1..]);
}

var settings = LoadSettings.Parse(args);
return await LoadRun.RunAsync(settings);
