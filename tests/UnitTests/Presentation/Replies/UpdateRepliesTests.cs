using DiscordApi.Messages;
using ServerStatus.Application.Updates;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.UnitTests.Presentation.Replies;

public sealed class UpdateRepliesTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 4, 6, 0, 0, TimeSpan.Zero);

    private static PendingUpdateView Update(string server = "local/mc", string reference = "127.0.0.1:5000/test/game:latest") =>
        new(server, reference, "sha256:" + new string('a', 64), "sha256:" + new string('b', 64), At.AddDays(-30), null, At, null, null);

    [Fact]
    public void AnnouncesANewerImage_WithShortDigestsDatesAndUpdateAndSkipButtons()
    {
        var message = UpdateReplies.Notice(new UpdateNotice(UpdateNoticeKind.Available, Update()));

        MessageValidator.Validate(message);
        var embed = message.Embeds.ShouldHaveSingleItem();
        embed.Title.ShouldNotBeNull().ShouldContain("local/mc");
        var fields = string.Join("\n", embed.Fields.Select(f => f.Value));
        fields.ShouldContain("`aaaaaaaaaaaa`");
        fields.ShouldContain("`bbbbbbbbbbbb`");
        fields.ShouldNotContain(new string('a', 13));
        fields.ShouldContain($"<t:{At.AddDays(-30).ToUnixTimeSeconds()}:f>");
        fields.ShouldContain("not known until pulled");
        var buttons = message.Components.ShouldHaveSingleItem().Buttons;
        buttons.Count.ShouldBe(2);
        UpdateReplies.ReadButton(buttons[0].CustomId.ShouldNotBeNull()).ShouldBe((true, "local/mc"));
        UpdateReplies.ReadButton(buttons[1].CustomId.ShouldNotBeNull()).ShouldBe((false, "local/mc"));
    }

    [Theory]
    [InlineData(UpdateNoticeKind.Skipped, "skipped")]
    [InlineData(UpdateNoticeKind.Applied, "runs the newest image")]
    [InlineData(UpdateNoticeKind.Gone, "no longer exists")]
    public void SaysWhatBecameOfTheUpdate_WithoutButtons(UpdateNoticeKind kind, string said)
    {
        var message = UpdateReplies.Notice(new UpdateNotice(kind, Update() with { SkippedBy = 7, SkippedDigest = "sha256:" + new string('b', 64) }));

        MessageValidator.Validate(message);
        message.Embeds[0].Title.ShouldNotBeNull().ShouldContain(said);
        message.Components.ShouldBeEmpty();
    }

    [Fact]
    public void StaysWithinDiscordsLimits_ForTheLongestNamesAndManyUpdates()
    {
        var longServer = new string('e', 40) + "/" + new string('s', 120);
        var longReference = "registry.example.com:5000/" + new string('r', 350) + ":tag";
        var notice = UpdateReplies.Notice(new UpdateNotice(UpdateNoticeKind.Available, Update(longServer, longReference)));

        MessageValidator.Validate(notice);
        notice.Components.ShouldBeEmpty(); // the custom id would pass 100 characters: `update skip` still works typed
        foreach (var message in UpdateReplies.List([.. Enumerable.Range(0, 300).Select(i => Update($"local/server-{i}", longReference))]).Messages)
        {
            MessageValidator.Validate(message);
        }
    }

    [Fact]
    public void ReportsEachServersCheckOnItsOwnLine()
    {
        var report = new UpdateCheckReport(
        [
            new UpdateCheckLine("local/a", UpdateState.UpToDate, "sha256:" + new string('a', 64), "sha256:" + new string('a', 64)),
            new UpdateCheckLine("local/b", UpdateState.Newer, "sha256:" + new string('a', 64), "sha256:" + new string('c', 64)),
            UpdateCheckLine.Not("local/c", UpdateState.CannotCheck, "the registry did not answer"),
            UpdateCheckLine.Not("local/d", UpdateState.NotChecked, "its label `serverstatus.update=never` opts it out"),
        ]);

        var text = UpdateReplies.Report(report).Messages.ShouldHaveSingleItem().Embeds[0].Description.ShouldNotBeNull();

        text.Split('\n').Length.ShouldBe(4);
        text.ShouldContain("**local/a** is up to date");
        text.ShouldContain("**local/b** has a newer image: aaaaaaaaaaaa → cccccccccccc");
        text.ShouldContain("**local/c** cannot be checked: the registry did not answer");
        text.ShouldContain("**local/d** is not checked");
    }

    [Theory]
    [InlineData("incident:restart:1")]
    [InlineData("update:skip:")]
    [InlineData("update:run:")]
    [InlineData("")]
    public void IgnoresOtherButtons(string customId) => UpdateReplies.ReadButton(customId).ShouldBeNull();
}
