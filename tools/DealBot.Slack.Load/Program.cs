using DealBot.Slack.Load;

// dotnet run -c Release --project tools/DealBot.Slack.Load [-- --sequential 2000 --requests 20000 --concurrency 50]
// dotnet run -c Release --project tools/DealBot.Slack.Load -- --outage 20    (Redis stalled, killed, restarted; a replica killed)
var settings = LoadSettings.Parse(args);
return settings.OutageRate > 0 ? await OutageRun.RunAsync(settings) : await LoadRun.RunAsync(settings);
