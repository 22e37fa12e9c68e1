using System.Reflection;
using Mediator;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Servers;
using ServerStatus.Domain.Servers;

namespace ServerStatus.UnitTests.Architecture;

/// <summary>The layering of ARCHITECTURE.md and the result convention of STYLE.md, checked on the compiled assemblies.</summary>
public sealed class DependencyRuleTests
{
    private static readonly Assembly Domain = typeof(ServerName).Assembly;
    private static readonly Assembly Application = typeof(ServerResolver).Assembly;

    private static IEnumerable<string> References(Assembly assembly) => assembly.GetReferencedAssemblies().Select(a => a.Name ?? "");

    [Fact]
    public void DomainReferencesNothingOfOurs()
    {
        References(Domain).Where(n => !n.StartsWith("System", StringComparison.Ordinal) && n != "netstandard").ShouldBeEmpty();
    }

    [Fact]
    public void ApplicationKnowsNoAdapterTechnology()
    {
        References(Application).Where(n =>
            n.StartsWith("Docker", StringComparison.Ordinal)
            || n.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal)
            || n.StartsWith("Hangfire", StringComparison.Ordinal)
            || n.StartsWith("ServerStatus.Infrastructure", StringComparison.Ordinal)
            || n.StartsWith("ServerStatus.Presentation", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    [Fact]
    public void EveryMessageAnswersWithAResult_SoThatBehaviorsApply()
    {
        var messages = Application.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IMessage).IsAssignableFrom(t));

        var offenders = messages.Where(t => !t.GetInterfaces().Any(i => i.IsGenericType
            && (i.GetGenericTypeDefinition() == typeof(ICommand<>) || i.GetGenericTypeDefinition() == typeof(IQuery<>))
            && IsResult(i.GetGenericArguments()[0])));

        messages.ShouldNotBeEmpty();
        offenders.Select(t => t.Name).ShouldBeEmpty();
    }

    private static bool IsResult(Type type) =>
        type == typeof(Result) || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Result<>));
}
