namespace ServerStatus.Application.Servers.Common;

/// <summary>A configured engine that did not answer, with a sentence fit to show the user.</summary>
public sealed record EngineProblem(string Engine, string Message);
