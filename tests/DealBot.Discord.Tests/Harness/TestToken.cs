using System.Buffers.Text;
using System.Text;
using DealBot.Discord.Tests.Fakes;

namespace DealBot.Discord.Tests.Harness;

/// <summary>A well-formed (fake) bot token: base64url(bot id) . timestamp . HMAC, as the portal issues them.</summary>
public static class TestToken
{
    public static string Value { get; } = For(FakeDiscord.BotUserId);

    public static string For(string botUserId) =>
        Base64Url.EncodeToString(Encoding.ASCII.GetBytes(botUserId)) + ".GhJkLm." + "Zx9_Qw-Er7Ty2Ui3Op4As5Df6Gh7Jk8Lz0Xc1V";
}
