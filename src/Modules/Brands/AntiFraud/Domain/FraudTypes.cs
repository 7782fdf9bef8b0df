namespace ModularSocialWork.Modules.Brands.AntiFraud.Domain;

/// <summary>Fraud types an activity covers (the common ones aimed at elders' savings); several per activity.</summary>
[Flags]
internal enum FraudTypes
{
    None = 0,
    /// <summary>冒充公检法</summary>
    FakeOfficials = 1,
    /// <summary>保健品、养生讲座推销</summary>
    HealthProducts = 2,
    /// <summary>养老投资、以房养老、高息理财</summary>
    PensionInvestment = 4,
    /// <summary>冒充亲友、"猜猜我是谁"</summary>
    FakeRelatives = 8,
    /// <summary>中奖、退费、补贴诈骗</summary>
    PrizeOrRefund = 16,
    /// <summary>刷单返利、网络诈骗</summary>
    OnlineScams = 32,
}

internal static class FraudTypeNames
{
    public static readonly IReadOnlyList<(FraudTypes Type, string Zh, string En)> All =
    [
        (FraudTypes.FakeOfficials, "冒充公检法", "Fake officials"),
        (FraudTypes.HealthProducts, "保健品推销", "Health products"),
        (FraudTypes.PensionInvestment, "养老投资/以房养老", "Pension investment"),
        (FraudTypes.FakeRelatives, "冒充亲友", "Fake relatives"),
        (FraudTypes.PrizeOrRefund, "中奖/退费/补贴", "Prizes, refunds, subsidies"),
        (FraudTypes.OnlineScams, "刷单返利/网络诈骗", "Online scams"),
    ];

    public static string Display(FraudTypes types) =>
        types == FraudTypes.None ? "—" : string.Join("、", All.Where(t => types.HasFlag(t.Type)).Select(t => t.Zh));
}
