using DealBot.Discord.Load;

// dotnet run -c Release --project tools/DealBot.Discord.Load [-- --messages 20000 --concurrency 16 --paced-seconds 5]
return args.Length > 0 && args[0] == "bot"
    ? await BotProcess.RunAsync(args[1..])
    : await LoadDriver.RunAsync(LoadSettings.Parse(args));
