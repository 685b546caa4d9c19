using DealBot.Discord.Load;

// dotnet run -c Release --project tools/DealBot.Discord.Load [-- --messages 20000 --concurrency 16 --rate 2000 --paced-seconds 5]
// dotnet run -c Release --project tools/DealBot.Discord.Load -- --outage 20    (Redis stalled, killed and started again)
var settings = LoadSettings.Parse(args);
return settings.OutageRate > 0 ? await OutageRun.RunAsync(settings) : await LoadDriver.RunAsync(settings);
