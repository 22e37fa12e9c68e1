using ServerStatus.Application.Common.Security;
using ServerStatus.Presentation.Discord.Hosting;

namespace ServerStatus.Presentation.Discord.Commands;

/// <summary>What a command needs to run: who asks, and the way into the application.</summary>
public sealed record CommandContext(Actor Actor, ActorScopedSender Sender, string Prefix, CommandCatalog Catalog);
