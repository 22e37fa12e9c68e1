using DiscordApi.Events;
using Microsoft.Extensions.Time.Testing;
using ServerStatus.Presentation.Discord.Bot;

namespace ServerStatus.UnitTests.Presentation.Bot;

public sealed class ButtonPressesTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 3, 12, 0, 0, TimeSpan.Zero));

    private ButtonPresses Presses { get; }

    public ButtonPressesTests() => Presses = new ButtonPresses(_time);

    private ulong _interactions;

    private InteractionCreated Click(ulong user, ulong message, string customId, params string[] values) =>
        new(++_interactions, 1, InteractionType.MessageComponent, "token", 100, 200, user, [],
            InteractionData.Empty with { CustomId = customId, ComponentType = values.Length == 0 ? 2 : 3, Values = values }, message);

    [Fact]
    public void RefusesARepeat_WhileTheFirstPressRuns_AndShortlyAfter()
    {
        var first = Presses.TryBegin(Click(1, 10, "incident:restart:5"));

        var during = Presses.TryBegin(Click(1, 10, "incident:restart:5"));
        first!.Dispose();
        _time.Advance(ButtonPresses.Settle - TimeSpan.FromMilliseconds(1));
        var justAfter = Presses.TryBegin(Click(1, 10, "incident:restart:5"));
        _time.Advance(TimeSpan.FromMilliseconds(1));
        var later = Presses.TryBegin(Click(1, 10, "incident:restart:5"));

        first.ShouldNotBeNull();
        during.ShouldBeNull();
        justAfter.ShouldBeNull();
        later.ShouldNotBeNull();
    }

    [Fact]
    public void LetsOtherUsersButtonsMessagesAndChoicesThrough()
    {
        using var first = Presses.TryBegin(Click(1, 10, "board:select:3", "mc"));

        var otherUser = Presses.TryBegin(Click(2, 10, "board:select:3", "mc"));
        var otherMessage = Presses.TryBegin(Click(1, 11, "board:select:3", "mc"));
        var otherChoice = Presses.TryBegin(Click(1, 10, "board:select:3", "web"));
        var otherButton = Presses.TryBegin(Click(1, 10, "board:refresh:3"));

        first.ShouldNotBeNull();
        new[] { otherUser, otherMessage, otherChoice, otherButton }.ShouldAllBe(press => press != null);
    }
}
