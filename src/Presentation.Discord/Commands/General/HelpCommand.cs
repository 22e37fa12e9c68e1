using DiscordApi.Commands;
using ServerStatus.Application.Bot;
using ServerStatus.Application.Common.Results;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Commands.General;

/// <summary>
/// <c>help [command]</c>: the commands this user may run, or one command's usage and examples. It answers from the
/// catalog, asking the application only for the user's rights, so it is the one command that is not a
/// <see cref="BotCommand{TMessage, TSuccess}"/>.
/// </summary>
public sealed class HelpCommand : IBotCommand
{
    public CommandInfo Info { get; } = new("help", "Bot", "Lists the commands you may use, or explains one.", "help [command]")
    {
        Aliases = ["h", "commands"],
        Examples = ["help", "help restart"],
        SlashOptions = [new CommandOption(CommandOptionType.String, "command", "A command to explain") { MaxLength = 32 }],
    };

    public CommandRequirement Requirement => CommandRequirement.Everyone;

    public PreparedCommand Prepare(CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        return arguments.Words.Count > 1 || arguments.Flags.Count > 0
            ? PreparedCommand.Refused(Info, "`help` takes at most one command name.")
            : PreparedCommand.Ready(Info, new Run(arguments.Words.ElementAtOrDefault(0)));
    }

    private sealed class Run(string? topic) : ICommandRun
    {
        public object? Message => topic is null ? new GetActorRights() : null;

        public ConfirmationRequest? Confirmation => null;

        public Task<BotReply?> FollowUpAsync(CommandSession session, CancellationToken ct) => Task.FromResult<BotReply?>(null);

        public async Task<Result<BotReply>> RunAsync(CommandSession session, CancellationToken ct)
        {
            if (topic is not null)
            {
                return HelpReplies.ForCommand(session.Catalog, topic, session.Prefix);
            }

            var rights = await session.Sender.SendAsync(session.Actor, new GetActorRights(), ct);
            return rights.Map(view => HelpReplies.Overview(session.Catalog, view, session.Prefix));
        }
    }
}
