using DealBot.Discord.Load;

// dotnet run -c Release --project tools/DealBot.Discord.Load [-- --messages 20000 --concurrency 16 --paced-seconds 5]
return await LoadDriver.RunAsync(LoadSettings.Parse(args));
