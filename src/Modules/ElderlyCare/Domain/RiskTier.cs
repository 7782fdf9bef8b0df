namespace ModularSocialWork.Modules.ElderlyCare.Domain;

/// <summary>Care tier of an elder; it sets the visit cadence (high-risk weekly, key monthly, general quarterly).</summary>
internal enum RiskTier
{
    General = 0,
    Key = 1,
    HighRisk = 2,
}
