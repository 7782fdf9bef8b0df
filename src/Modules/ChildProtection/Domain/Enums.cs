namespace ModularSocialWork.Modules.ChildProtection.Domain;

/// <summary>
/// The civil-affairs child programme's groups: the five kinds of 困境儿童 and 农村留守儿童 (DOMAIN.md). Stored by name.
/// </summary>
internal enum ChildCategory
{
    FactuallyUnsupported = 0, // 事实无人抚养
    Orphan = 1,               // 孤儿
    SeriousIllnessOrDisability = 2, // 重病/残疾
    PoorFamily = 3,           // 低保/特困家庭
    Abused = 4,               // 受侵害
    LeftBehind = 5,           // 农村留守儿童
}

/// <summary>Assessed risk of a child (from the scored assessment form); it drives how often the child is visited.</summary>
internal enum RiskLevel
{
    Low = 0,
    Medium = 1,
    High = 2,
}

internal enum GuardianshipStatus
{
    ParentsCaring = 0,        // 父母监护
    OneParentAway = 1,        // 一方外出，另一方监护
    BothParentsAway = 2,      // 父母均外出，委托照料
    Entrusted = 3,            // 委托他人监护
    NoEffectiveGuardian = 4,  // 监护缺失（事实无人抚养）
    StateGuardianship = 5,    // 民政部门长期监护
}

/// <summary>The PIPL basis on which a child's record is processed (a statutory duty is the usual one).</summary>
internal enum LegalBasis
{
    StatutoryDuty = 0,   // 履行法定职责（未成年人保护法、民政部门职责）
    GuardianConsent = 1, // 监护人同意
    VitalInterests = 2,  // 紧急情况下保护生命健康
}

internal enum ContactKind
{
    Father = 0,
    Mother = 1,
    Guardian = 2,
    Other = 3,
}
