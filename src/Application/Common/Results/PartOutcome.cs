namespace ServerStatus.Application.Common.Results;

/// <summary>The outcome of one part of a response, named as the reply names it (a server).</summary>
public sealed record PartOutcome(string Part, Outcome Outcome);
