using System.Net;
using DiscordApi.Rest;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using ServerStatus.Domain.Board;
using ServerStatus.Domain.Servers;
using ServerStatus.Presentation.Discord.Board;
using ServerStatus.UnitTests.Fakes;

namespace ServerStatus.UnitTests.Presentation.Board;

public sealed class BoardPublisherTests
{
    private readonly RecordingDiscordRest _rest = new();
    private readonly FakeTimeProvider _time = new(BoardSamples.At);
    private readonly StatusBoard _board = BoardSamples.Board();

    private BoardPublisher Publisher { get; }

    public BoardPublisherTests() => Publisher = new BoardPublisher(_rest, _time, NullLogger<BoardPublisher>.Instance);

    [Fact]
    public async Task PostsTheBoard_WhenItHasNoMessagesYet()
    {
        var update = await Publisher.PublishAsync(BoardSamples.Content(_board, 2), default);

        update.Kind.ShouldBe(BoardUpdateKind.Sent);
        update.MessageIds.ShouldBe([1UL]);
        _rest.Calls.ShouldBe(["create: "]);
    }

    [Fact]
    public async Task EditsNothing_WhenWhatTheBoardShowsDidNotChange()
    {
        await PostedAsync(2);
        _time.Advance(TimeSpan.FromMinutes(1));

        var update = await Publisher.PublishAsync(BoardSamples.Content(_board, 2), default);

        update.Kind.ShouldBe(BoardUpdateKind.Unchanged);
        _rest.Calls.ShouldBe(["create: "]);
    }

    [Fact]
    public async Task EditsTheMessage_WhenAServerChanged()
    {
        await PostedAsync(2);

        var update = await Publisher.PublishAsync(BoardSamples.Content(_board, 2, ServerState.Exited), default);

        update.Kind.ShouldBe(BoardUpdateKind.Sent);
        _rest.Calls[^1].ShouldBe("edit 1: ");
    }

    [Fact]
    public async Task PostsItAgain_WhenSomeoneDeletedTheMessage()
    {
        await PostedAsync(2);
        _rest.EditFailures.Enqueue(new DiscordApiException(DiscordErrorKind.NotFound, "Unknown Message", HttpStatusCode.NotFound, 10008));

        var update = await Publisher.PublishAsync(BoardSamples.Content(_board, 2, ServerState.Exited), default);

        update.MessageIds.ShouldBe([2UL]);
        _rest.Calls.ShouldBe(["create: ", "edit 1 failed", "create: ", "delete 1"]);
    }

    [Fact]
    public async Task PostsItAgainAndDeletesTheOldOne_WhenDiscordRefusesMoreEditsOfAnOldMessage()
    {
        await PostedAsync(2);
        _rest.EditFailures.Enqueue(new DiscordApiException(DiscordErrorKind.Other, "Maximum number of edits", HttpStatusCode.BadRequest, BoardPublisher.TooManyEditsOfOldMessage));

        var update = await Publisher.PublishAsync(BoardSamples.Content(_board, 2, ServerState.Exited), default);

        update.Kind.ShouldBe(BoardUpdateKind.Sent);
        update.MessageIds.ShouldBe([2UL]);
        _rest.Calls.ShouldContain("delete 1");
    }

    [Fact]
    public async Task PostsTheLaterMessagesAgainToo_WhenAnEarlierOneOfALargeBoardWasDeleted()
    {
        await PostedAsync(600);
        var before = _rest.Calls.Count;
        _rest.EditFailures.Enqueue(new DiscordApiException(DiscordErrorKind.NotFound, "Unknown Message", HttpStatusCode.NotFound, 10008));

        var changed = BoardSamples.Content(_board, 600, ServerState.Exited);
        var update = await Publisher.PublishAsync(changed, default);

        var posted = _board.MessageIds;
        posted.Count.ShouldBeGreaterThan(1);
        update.MessageIds.Count.ShouldBe(BoardRenderer.Render(changed, _time.GetUtcNow()).Count);
        update.MessageIds.ShouldAllBe(id => !posted.Contains(id));
        _rest.Calls.Skip(before).Count(c => c.StartsWith("edit", StringComparison.Ordinal)).ShouldBe(1);
        _rest.Calls.Skip(before).Count(c => c.StartsWith("delete", StringComparison.Ordinal)).ShouldBe(posted.Count);
    }

    [Theory]
    [InlineData(DiscordErrorKind.MissingAccess, 50001)]
    [InlineData(DiscordErrorKind.NotFound, 10003)]
    public async Task DisablesTheBoardAndTellsItsCreatorOnce_WhenTheChannelRefusesTheBot(DiscordErrorKind kind, int code)
    {
        await PostedAsync(2);
        _rest.EditFailures.Enqueue(new DiscordApiException(kind, "refused", HttpStatusCode.Forbidden, code));

        var update = await Publisher.PublishAsync(BoardSamples.Content(_board, 2, ServerState.Exited), default);

        update.Kind.ShouldBe(BoardUpdateKind.Disabled);
        _rest.Calls.Count(c => c.StartsWith("dm: ", StringComparison.Ordinal)).ShouldBe(1);
        _rest.Calls.Single(c => c.StartsWith("dm: ", StringComparison.Ordinal)).ShouldContain("#1");
        _rest.Calls.ShouldNotContain(c => c.StartsWith("create", StringComparison.Ordinal) && c != "create: ");
    }

    private async Task PostedAsync(int servers)
    {
        typeof(StatusBoard).GetProperty(nameof(StatusBoard.Id))?.SetValue(_board, 1L);
        var update = await Publisher.PublishAsync(BoardSamples.Content(_board, servers), default);
        _board.PostedAs(update.MessageIds);
    }
}
