using DiscordApi.Messages;

namespace ServerStatus.UnitTests.DiscordApi.Messages;

public sealed class EmbedPaginatorTests
{
    [Fact]
    public void SpreadsFieldsOverPages_When60Fields()
    {
        var fields = Enumerable.Range(0, 60).Select(i => new EmbedField("server " + i, "running")).ToArray();

        var pages = EmbedPaginator.Paginate("Servers", fields);

        pages.Select(p => p.Fields.Count).ShouldBe([25, 25, 10]);
        pages.Select(p => p.Title).ShouldBe(["Servers (1/3)", "Servers (2/3)", "Servers (3/3)"]);
        pages.SelectMany(p => p.Fields).Select(f => f.Name).ShouldBe(fields.Select(f => f.Name));
    }

    [Fact]
    public void KeepsEachPageUnder6000_WhenFieldsAreLong()
    {
        var fields = Enumerable.Range(0, 20).Select(i => new EmbedField("n" + i, new string('v', 1000))).ToArray();

        var pages = EmbedPaginator.Paginate("Big", fields);

        pages.Count.ShouldBeGreaterThan(1);
        pages.ShouldAllBe(p => p.TotalLength <= DiscordLimits.EmbedTotalLength);
        foreach (var page in pages)
        {
            Should.NotThrow(() => MessageValidator.ValidateEmbed(page));
        }
    }

    [Fact]
    public void ShortensValues_WhenFieldValueIsTooLong()
    {
        var pages = EmbedPaginator.Paginate("T", [new EmbedField("n", new string('v', 3000))]);

        pages.Single().Fields.Single().Value.Length.ShouldBe(DiscordLimits.EmbedFieldValueLength);
        pages.Single().Fields.Single().Value.ShouldEndWith("…");
    }

    [Fact]
    public void PacksMessagesWithin10EmbedsAnd6000_WhenManyPages()
    {
        var fields = Enumerable.Range(0, 300).Select(i => new EmbedField("server " + i, new string('s', 100))).ToArray();
        var pages = EmbedPaginator.Paginate("All servers", fields);

        var messages = EmbedPaginator.ToMessages(pages);

        messages.Count.ShouldBeGreaterThan(1);
        foreach (var message in messages)
        {
            message.Embeds.Count.ShouldBeLessThanOrEqualTo(DiscordLimits.EmbedsPerMessage);
            Should.NotThrow(() => MessageValidator.Validate(message));
        }

        messages.SelectMany(m => m.Embeds).SelectMany(e => e.Fields).Count().ShouldBe(300);
    }

    [Fact]
    public void ReturnsOnePageWithoutSuffix_WhenFieldsFit()
    {
        var pages = EmbedPaginator.Paginate("Few", [new EmbedField("a", "b")]);

        pages.Single().Title.ShouldBe("Few");
    }
}
