using DiscordApi.Guilds;
using ServerStatus.Presentation.Discord.Doctor;

namespace ServerStatus.UnitTests.Presentation.Doctor;

public sealed class DoctorLineTests
{
    [Fact]
    public void ReadsAsMarkWhatAndFix_WhenPrinted()
    {
        DoctorLine.Pass("the configuration is valid").ToString().ShouldBe("✓ the configuration is valid");
        DoctorLine.Fail("the Message Content intent is not enabled", "switch it on.").ToString().ShouldBe("✗ the Message Content intent is not enabled: switch it on.");
        DoctorLine.Skipped("the guild", "the token was refused").ToString().ShouldBe("✗ the guild: skipped: the token was refused");
    }

    [Fact]
    public void NamesNotificationPermissionsInSettingsOrder_WhateverOtherBitsAreSet()
    {
        var names = DiscordChecks.Names(DiscordPermissions.ManageMessages | DiscordPermissions.Administrator | DiscordPermissions.ViewChannel | DiscordPermissions.AttachFiles);

        names.ShouldBe("View Channel, Attach Files, Manage Messages");
    }
}
