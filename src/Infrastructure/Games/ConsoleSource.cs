using System.Text.RegularExpressions;

namespace ServerStatus.Infrastructure.Games;

/// <summary>A console command whose answer, in the lines printed after it, matches <paramref name="Pattern"/> (named group <c>count</c>, optional <c>max</c> and <c>names</c>).</summary>
public sealed record ConsoleSource(string Command, Regex Pattern) : PlayerSource;
