using Autofac;
using FluentValidation;
using Microsoft.Extensions.Time.Testing;
using ModularSocialWork.BuildingBlocks.Mediation;
using ModularSocialWork.BuildingBlocks.Time;
using ModularSocialWork.Modules.ElderlyCare;
using ModularSocialWork.Modules.ElderlyCare.Features.Visits;

namespace ModularSocialWork.UnitTests.Mediation;

/// <summary>
/// Validators are built once per process (their rule sets are costly to build on every request), so a rule about
/// "today" must read the calendar when it runs: a validator built yesterday must not refuse a visit made today.
/// </summary>
public sealed class ValidatorLifetimeTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById(CountyCalendar.DefaultTimeZone);

    [Fact]
    public async Task A_validator_built_yesterday_judges_visit_dates_by_todays_date()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 23, 0, 0, TimeSpan.FromHours(8)));
        var builder = new ContainerBuilder();
        builder.RegisterInstance(new CountyCalendar(clock, Shanghai));
        builder.RegisterModule(new MediatorAutofacModule([typeof(ElderlyCareModule).Assembly]));
        await using var container = builder.Build();

        var first = container.Resolve<IValidator<RecordVisit.Command>>();
        var tomorrow = new DateOnly(2026, 11, 30);
        var visit = new RecordVisit.Command { ElderProfileId = Guid.NewGuid(), VisitDate = tomorrow };
        Assert.False((await first.ValidateAsync(visit)).IsValid); // still the 29th in the county

        clock.Advance(TimeSpan.FromHours(2)); // 01:00 on the 30th, county time
        await using var request = container.BeginLifetimeScope();
        var later = request.Resolve<IValidator<RecordVisit.Command>>();

        Assert.Same(first, later);
        Assert.True((await later.ValidateAsync(visit)).IsValid);
        Assert.False((await later.ValidateAsync(visit with { VisitDate = tomorrow.AddDays(1) })).IsValid);
    }
}
