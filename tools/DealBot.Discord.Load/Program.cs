using DealBot.Discord.Load;

// dotnet run -c Release --project tools/DealBot.Discord.Load [-- --messages 20000 --concurrency 16 --rate 2000 --paced-seconds 5]
return await LoadDriver.RunAsync(LoadSettings.Parse(args));
