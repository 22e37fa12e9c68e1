using Microsoft.Extensions.Configuration;
using Serilog.Core;
using Serilog.Events;
using Serilog.Parsing;
using ServerStatus.Infrastructure.Logging;

namespace ServerStatus.UnitTests.Infrastructure.Logging;

public sealed class LoggingRedactionTests
{
    private const string Token = "MTIz.discord-token-value";

    private static SecretRedactor Redactor() => SecretRedactor.FromConfiguration(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Discord:Token"] = Token,
        ["Dashboard:Token"] = "dashboard-bearer-token-1234",
        ["Dashboard:PasswordHash"] = "pbkdf2-sha256:1000:c2FsdA==:aGFzaA==",
        ["ConnectionStrings:ServerStatus"] = "Server=db;User Id=bot;Password=s3cret-pass;",
    }).Build());

    [Theory]
    [InlineData("token " + Token + " here", "token *** here")]
    [InlineData("Bearer dashboard-bearer-token-1234", "Bearer ***")]
    [InlineData("hash pbkdf2-sha256:1000:c2FsdA==:aGFzaA==", "hash ***")]
    [InlineData("Server=db;Password=s3cret-pass", "Server=db;Password=***")]
    [InlineData("nothing secret", "nothing secret")]
    public void MasksEveryConfiguredSecret(string text, string expected) =>
        Redactor().Redact(text).ShouldBe(expected);

    [Fact]
    public void IgnoresValuesTooShortToBeSecrets() =>
        new SecretRedactor(["abc", null, ""]).Redact("abc").ShouldBe("abc");

    [Fact]
    public void RewritesTemplatePropertiesAndException_BeforeTheSinkSeesThem()
    {
        var captured = new Capture();
        var sink = new RedactingSink(captured, Redactor());
        var template = new MessageTemplateParser().Parse("Connecting with " + Token + " as {User} {Nested} {Endpoint}");
        var properties = new[]
        {
            new LogEventProperty("User", new ScalarValue("bot " + Token)),
            new LogEventProperty("Nested", new SequenceValue([new ScalarValue(Token)])),
            new LogEventProperty("Endpoint", new ScalarValue(new Uri("https://example.invalid/?t=" + Token))),
        };

        sink.Emit(new LogEvent(DateTimeOffset.UtcNow, LogEventLevel.Error, new InvalidOperationException("bad token " + Token), template, properties));

        var written = captured.Event.ShouldNotBeNull();
        var rendered = written.RenderMessage(System.Globalization.CultureInfo.InvariantCulture) + written.Exception;
        rendered.ShouldNotContain(Token);
        rendered.ShouldContain("Connecting with ***");
        rendered.ShouldContain("bad token ***");
    }

    private sealed class Capture : ILogEventSink
    {
        public LogEvent? Event { get; private set; }

        public void Emit(LogEvent logEvent) => Event = logEvent;
    }
}
