using Mediator;
using ServerStatus.Application.Common.Results;

namespace ServerStatus.Application.Bot.GetBotUptime;

/// <summary>Bot uptime, version, Docker engine versions and gateway latency. Needs no permission.</summary>
public sealed record GetBotUptime : IQuery<Result<BotUptimeView>>;
