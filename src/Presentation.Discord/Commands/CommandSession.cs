using ServerStatus.Application.Common;
using ServerStatus.Application.Common.Security;
using ServerStatus.Presentation.Discord.Hosting;

namespace ServerStatus.Presentation.Discord.Commands;

/// <summary>What a running command has at hand: who asks, the way into the application, where it shows progress, the catalog for help, and the clock.</summary>
public sealed record CommandSession(Actor Actor, ActorScopedSender Sender, CommandProgress Progress, string Prefix, CommandCatalog Catalog, TimeProvider Time);
