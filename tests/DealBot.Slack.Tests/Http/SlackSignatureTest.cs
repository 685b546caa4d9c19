using System.Text;
using DealBot.Slack.Http;

namespace DealBot.Slack.Tests.Http;

/// <summary>Slack's documented signing example (api.slack.com "Verifying requests from Slack") as a test vector.</summary>
public sealed class SlackSignatureTest
{
    private const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const string Timestamp = "1531420618";
    private const string Expected = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

    private const string Body =
        "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar"
        + "&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands"
        + "%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";

    private static readonly DateTimeOffset SentAt = DateTimeOffset.FromUnixTimeSeconds(1531420618);

    [Fact]
    public void Compute_SlackExample_MatchesDocumentedSignature()
    {
        Assert.Equal(Expected, SlackSignature.Compute(Secret, Timestamp, Encoding.UTF8.GetBytes(Body)));
    }

    [Fact]
    public void Check_SlackExampleAtItsTime_IsValid()
    {
        Assert.Equal(SignatureCheck.Valid, Check(Expected, SentAt.AddSeconds(30)));
    }

    [Fact]
    public void Check_OneByteOfBodyChanged_IsInvalid()
    {
        var tampered = Encoding.UTF8.GetBytes(Body.Replace("text=", "text=x", StringComparison.Ordinal));

        Assert.Equal(SignatureCheck.Invalid, SlackSignature.Check(Secret, Timestamp, Expected, tampered, SentAt));
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    public void Check_MoreThanFiveMinutesFromTimestamp_IsStale(int seconds)
    {
        Assert.Equal(SignatureCheck.Stale, Check(Expected, SentAt.AddSeconds(seconds)));
    }

    [Theory]
    [InlineData(-300)]
    [InlineData(300)]
    public void Check_ExactlyFiveMinutesFromTimestamp_IsValid(int seconds)
    {
        Assert.Equal(SignatureCheck.Valid, Check(Expected, SentAt.AddSeconds(seconds)));
    }

    [Theory]
    [InlineData("v1=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b504")]
    [InlineData("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b5")]
    [InlineData("v0=zz114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData("a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    public void Check_WrongOrMalformedSignature_IsInvalid(string signature)
    {
        Assert.Equal(SignatureCheck.Invalid, Check(signature, SentAt));
    }

    [Fact]
    public void Check_OtherSecret_IsInvalid()
    {
        Assert.Equal(SignatureCheck.Invalid, SlackSignature.Check(Secret + "0", Timestamp, Expected, Encoding.UTF8.GetBytes(Body), SentAt));
    }

    [Theory]
    [InlineData(null, Timestamp, Expected)]
    [InlineData(Secret, null, Expected)]
    [InlineData(Secret, Timestamp, null)]
    [InlineData(Secret, "", Expected)]
    public void Check_SomethingMissing_IsMissing(string? secret, string? timestamp, string? signature)
    {
        Assert.Equal(SignatureCheck.Missing, SlackSignature.Check(secret, timestamp, signature, Encoding.UTF8.GetBytes(Body), SentAt));
    }

    [Theory]
    [InlineData("-1531420618")]
    [InlineData("1531420618.5")]
    [InlineData("soon")]
    public void Check_TimestampNotWholeSeconds_IsStale(string timestamp)
    {
        Assert.Equal(SignatureCheck.Stale, SlackSignature.Check(Secret, timestamp, Expected, Encoding.UTF8.GetBytes(Body), SentAt));
    }

    private static SignatureCheck Check(string signature, DateTimeOffset now) =>
        SlackSignature.Check(Secret, Timestamp, signature, Encoding.UTF8.GetBytes(Body), now);
}
