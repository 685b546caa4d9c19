using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using DealBot.Discord.Json;

namespace DealBot.Discord.Commands;

/// <summary>
/// Whether the registered commands already match DealBot's: both sides are reduced to the fields DealBot sets (with
/// Discord's defaults filled in, ids and versions ignored) and compared, so an unchanged set is never PUT again
/// (new commands count toward 200 creates a day per guild).
/// </summary>
internal static class CommandDiff
{
    public static bool Same(IEnumerable<JsonApplicationCommand> registered, IEnumerable<JsonApplicationCommand> wanted) =>
        Canonical(registered) == Canonical(wanted);

    public static string Canonical(IEnumerable<JsonApplicationCommand> commands)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartArray();
            foreach (var command in commands.OrderBy(c => c.Name, StringComparer.Ordinal))
            {
                w.WriteStartObject();
                w.WriteNumber("type", command.Type ?? ApplicationCommands.ChatInput);
                w.WriteString("name", command.Name);
                w.WriteString("description", command.Description);
                w.WriteStartArray("options");
                foreach (var option in command.Options ?? [])
                {
                    WriteOption(w, option);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteOption(Utf8JsonWriter w, JsonCommandOption option)
    {
        w.WriteStartObject();
        w.WriteNumber("type", option.Type);
        w.WriteString("name", option.Name);
        w.WriteString("description", option.Description);
        w.WriteBoolean("required", option.Required ?? false);
        w.WriteBoolean("autocomplete", option.Autocomplete ?? false);
        w.WriteString("min", option.MinValue?.ToString("R", CultureInfo.InvariantCulture));
        w.WriteString("max", option.MaxValue?.ToString("R", CultureInfo.InvariantCulture));
        w.WriteStartArray("choices");
        foreach (var choice in option.Choices ?? [])
        {
            w.WriteStringValue(choice.Name + "=" + choice.Value);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
