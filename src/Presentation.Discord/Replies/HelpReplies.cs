using DiscordApi.Messages;
using ServerStatus.Application.Bot;
using ServerStatus.Presentation.Discord.Commands;

namespace ServerStatus.Presentation.Discord.Replies;

/// <summary>The help page: the commands this person may use, grouped; or one command's usage and examples.</summary>
public static class HelpReplies
{
    public static BotReply Overview(CommandCatalog catalog, ActorRightsView rights, string prefix)
    {
        var usable = catalog.Commands.Where(c => c.Requirement.AllowsSomeUse(rights)).Select(c => c.Info).ToList();
        var embed = new EmbedBuilder()
            .WithTitle("ServerStatus — commands")
            .WithDescription($"Type `{prefix}<command>` or use the slash commands. `{prefix}help <command>` explains one command."
                + (rights.IsAdmin || rights.Anywhere != Domain.Permissions.Permission.None ? "" : "\nYou have no permissions on any server yet: ask an admin."))
            .WithColor(ReplyColors.Info);
        foreach (var group in usable.GroupBy(d => d.Group))
        {
            var lines = group.Select(d => $"`{prefix}{d.Usage}` — {d.Summary}");
            embed.AddField(group.Key, ErrorReplies.Fit(string.Join("\n", lines), DiscordLimits.EmbedFieldValueLength));
        }

        return BotReply.Of(embed.Build());
    }

    public static BotReply ForCommand(CommandCatalog catalog, string name, string prefix)
    {
        var command = catalog.Find(name.TrimStart('/', '$'));
        if (command is null)
        {
            var suggestion = catalog.Suggest(name);
            var hint = suggestion is null ? "" : $" Did you mean `{suggestion}`?";
            return BotReply.Of(new EmbedBuilder().WithTitle("❌ Unknown command")
                .WithDescription(ErrorReplies.Fit($"There is no command `{name}`.{hint} See `{prefix}help`."))
                .WithColor(ReplyColors.Bad).Build());
        }

        var definition = command.Info;
        var embed = new EmbedBuilder()
            .WithTitle($"{prefix}{definition.Name}")
            .WithDescription(definition.Summary)
            .WithColor(ReplyColors.Info)
            .AddField("Usage", $"`{prefix}{definition.Usage}` or `/{definition.Name}`");
        if (definition.Examples.Count > 0)
        {
            embed.AddField("Examples", string.Join("\n", definition.Examples.Select(e => $"`{prefix}{e}`")));
        }

        if (definition.Aliases.Count > 0)
        {
            embed.AddField("Aliases", string.Join(", ", definition.Aliases.Select(a => $"`{a}`")), inline: true);
        }

        embed.AddField("Needs", command.Requirement.ToString(), inline: true);
        return BotReply.Of(embed.Build());
    }
}
