using ServerStatus.Application.Common.Results;

namespace ServerStatus.Presentation.Discord.Commands;

/// <summary>A command: its definition and how its arguments become a run (or a usage error).</summary>
public sealed record BotCommand(CommandDefinition Definition, Func<CommandArguments, Result<CommandRun>> Parse);
