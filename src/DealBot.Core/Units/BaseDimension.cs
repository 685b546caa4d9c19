namespace DealBot.Core.Units;

/// <summary>
/// The base dimensions of this domain. Energy is power × time and an energy price money ÷ energy, so they need no
/// base of their own; counts of things people ask about (GPUs, homes, servers, racks) are dimensions so that
/// "how many homes" can never be answered with a number of GPUs.
/// </summary>
public enum BaseDimension
{
    Money,
    Time,
    Power,
    Gpu,
    Home,
    Server,
    Rack,
    Flop,
}
