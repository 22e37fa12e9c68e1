using ServerStatus.Application.Common;
using ServerStatus.Application.Common.Security;

namespace ServerStatus.Presentation.Discord.Commands;

/// <summary>What a command needs to run: who asks, the way into the application, and where a long command shows its progress.</summary>
public sealed record CommandContext(Actor Actor, ActorScopedSender Sender, string Prefix, CommandCatalog Catalog, CommandProgress Progress);
