using DealBot.Slack.Load;

// dotnet run -c Release --project tools/DealBot.Slack.Load [-- --sequential 2000 --requests 20000 --concurrency 50]
return await LoadRun.RunAsync(LoadSettings.Parse(args));
