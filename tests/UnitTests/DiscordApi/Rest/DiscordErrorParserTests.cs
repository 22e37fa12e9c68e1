using System.Net;
using DiscordApi.Rest;

namespace ServerStatus.UnitTests.DiscordApi.Rest;

public sealed class DiscordErrorParserTests
{
    [Fact]
    public void FlattensErrorTree_When50035()
    {
        const string Body = """
            {"code": 50035, "message": "Invalid Form Body", "errors": {
              "embeds": {"0": {"fields": {"3": {"value": {"_errors": [{"code": "BASE_TYPE_MAX_LENGTH", "message": "Must be 1024 or fewer in length."}]}}}}},
              "content": {"_errors": [{"code": "BASE_TYPE_MAX_LENGTH", "message": "Must be 2000 or fewer in length."}]},
              "_errors": [{"code": "MESSAGE_BLOCKED", "message": "Blocked."}]
            }}
            """;

        var ex = DiscordErrorParser.ToException(HttpStatusCode.BadRequest, Body, "POST channels/{channel_id}/messages");

        ex.Kind.ShouldBe(DiscordErrorKind.InvalidFormBody);
        ex.ErrorCode.ShouldBe(50035);
        ex.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        ex.FieldErrors.ShouldBe(
        [
            "embeds.0.fields.3.value: BASE_TYPE_MAX_LENGTH Must be 1024 or fewer in length.",
            "content: BASE_TYPE_MAX_LENGTH Must be 2000 or fewer in length.",
            "(body): MESSAGE_BLOCKED Blocked.",
        ]);
        ex.Message.ShouldContain("embeds.0.fields.3.value: BASE_TYPE_MAX_LENGTH");
    }

    [Theory]
    [InlineData(404, 10003, DiscordErrorKind.NotFound)]
    [InlineData(404, 10008, DiscordErrorKind.NotFound)]
    [InlineData(403, 50001, DiscordErrorKind.MissingAccess)]
    [InlineData(403, 50013, DiscordErrorKind.MissingAccess)]
    [InlineData(403, 50007, DiscordErrorKind.CannotMessageUser)]
    [InlineData(404, 10062, DiscordErrorKind.InteractionExpired)]
    [InlineData(400, 40060, DiscordErrorKind.AlreadyAcknowledged)]
    [InlineData(401, 0, DiscordErrorKind.Unauthorized)]
    [InlineData(400, 0, DiscordErrorKind.Other)]
    [InlineData(503, 130000, DiscordErrorKind.ServerError)]
    public void MapsKind_WhenCodeIsKnown(int status, int code, DiscordErrorKind kind)
    {
        var ex = DiscordErrorParser.ToException((HttpStatusCode)status, $$"""{"message":"m","code":{{code}}}""", "r");

        ex.Kind.ShouldBe(kind);
        ex.ErrorCode.ShouldBe(code);
    }

    [Fact]
    public void FallsBackToStatus_WhenBodyIsNotJson()
    {
        var ex = DiscordErrorParser.ToException(HttpStatusCode.BadGateway, "<html>bad gateway</html>", "r");

        ex.Kind.ShouldBe(DiscordErrorKind.ServerError);
        ex.ErrorCode.ShouldBeNull();
    }
}
