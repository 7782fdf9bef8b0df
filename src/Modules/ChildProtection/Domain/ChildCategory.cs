namespace ModularSocialWork.Modules.ChildProtection.Domain;

/// <summary>The two groups the civil-affairs child programme follows: 困境儿童 and 留守儿童.</summary>
internal enum ChildCategory
{
    InDistress = 0,
    LeftBehind = 1,
}
