using Microsoft.Extensions.DependencyInjection;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Domain.Permissions;

namespace ServerStatus.IntegrationTests.Fixtures;

/// <summary>Writes grants straight into the bot's store (the chat commands for this come later).</summary>
public sealed class TestGrants(IServiceProvider services)
{
    public async Task GrantAsync(Subject subject, Permission permission, string scope)
    {
        GrantScope.TryParse(scope, out var grantScope).ShouldBeTrue();
        await using var serviceScope = services.CreateAsyncScope();
        await serviceScope.ServiceProvider.GetRequiredService<IGrantStore>()
            .AddAsync(Grant.Create(subject, permission, grantScope, TestApp.AdminId, DateTimeOffset.UtcNow), CancellationToken.None);
    }
}
