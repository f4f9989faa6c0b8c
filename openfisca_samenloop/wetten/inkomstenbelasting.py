"""Box-1 arithmetic of the Wet inkomstenbelasting 2001 and the Wfsv, as vectorised functions.

Shared by the yearly `inkomstenbelasting` variables and the monthly loonheffing (which applies the same
tariff and heffingskortingen to an annualised wage, as the Belastingdienst's loonbelastingtabellen do).
Every function takes numpy arrays (one element per person) and the parameter node of the year
(`parameters(instant).inkomstenbelasting`), so no formula repeats the law.

Method (Wet IB art. 2.10, 8.1–8.8; Wfsv art. 8–12):
- belasting: art. 2.10 (or 2.10a for those born before 1946) on the box-1 income, with the table's own
  column-III amounts;
- premie volksverzekeringen: the AOW, Anw and Wlz percentages on the premie-inkomen, capped at the first
  bracket limit (Wfsv art. 8 lid 3); the AOW premium only for the share of the year before the month of the
  AOW-leeftijd (Wfsv art. 10 lid 2), taken here as whole months;
- heffingskortingen: each credit is split into a tax part and premium parts in the ratio of the tax rate and
  the premium percentages to the gecombineerd heffingspercentage (art. 8.3–8.6). The AOW part is only
  granted to the extent the person pays AOW premium (Wfsv art. 12 lid 1 onder a, lid 3, pro rata per month);
  for the ouderenkorting and alleenstaande ouderenkorting the AOW part is nil and the other parts are
  computed on the percentage without AOW (art. 8.7), so those credits apply in full;
- the gecombineerde heffingskorting is at most the gecombineerde inkomensheffing (art. 8.8). The credits are
  set off against the tax and the premiums together (the part of the tax credit that the tax cannot absorb
  reduces the premium, Wfsv art. 9 lid 2), so only the total cap matters for the amount due.
No rounding is applied to the box-1 income (the law rounds amounts on the aanslag to whole euros; the effect
is below € 1).
"""

import numpy as np


def belasting_box1(inkomen, tarief, geboren_voor_1946):
    """Tax of Wet IB art. 2.10 / 2.10a on the belastbaar inkomen uit werk en woning (without premies)."""
    inkomen = np.maximum(inkomen, 0)
    g1 = np.where(geboren_voor_1946, tarief.schijf_1_grens_geboren_voor_1946, tarief.schijf_1_grens)
    g2 = tarief.schijf_2_grens
    basis_2 = np.where(geboren_voor_1946, tarief.kolom_III_schijf_2_geboren_voor_1946, tarief.kolom_III_schijf_2)
    basis_3 = np.where(geboren_voor_1946, tarief.kolom_III_schijf_3_geboren_voor_1946, tarief.kolom_III_schijf_3)
    return np.select(
        [inkomen <= g1, inkomen <= g2],
        [tarief.tarief_1 * inkomen, basis_2 + tarief.tarief_2 * (inkomen - g1)],
        basis_3 + tarief.tarief_3 * (inkomen - g2),
    )


def premie_grens(tarief, geboren_voor_1946):
    """Maximum premie-inkomen (Wfsv art. 8 lid 3): the first bracket limit of art. 2.10 or 2.10a."""
    return np.where(geboren_voor_1946, tarief.schijf_1_grens_geboren_voor_1946, tarief.schijf_1_grens)


def premie_volksverzekeringen(inkomen, ib, geboren_voor_1946, aow_premie_fractie):
    """Premies AOW (for the premium-paying share of the year), Anw and Wlz on the capped premie-inkomen."""
    premie_inkomen = np.clip(inkomen, 0, premie_grens(ib.tarief_box1, geboren_voor_1946))
    pv = ib.premie_volksverzekeringen
    return premie_inkomen * (pv.aow * aow_premie_fractie + pv.anw + pv.wlz)


def gecombineerde_inkomensheffing(inkomen, ib, geboren_voor_1946, aow_premie_fractie):
    """Belasting plus premie voor de volksverzekeringen (art. 8.1 onder b), box 1 only."""
    return belasting_box1(inkomen, ib.tarief_box1, geboren_voor_1946) + premie_volksverzekeringen(
        inkomen, ib, geboren_voor_1946, aow_premie_fractie
    )


def aandeel_standaard_korting(ib, aow_premie_fractie):
    """Share of a credit (AHK, AK, IACK) that applies: all parts except the AOW part for the months without
    AOW premium (art. 8.3–8.6 with Wfsv art. 12)."""
    pv = ib.premie_volksverzekeringen
    gecombineerd = ib.tarief_box1.tarief_1 + pv.aow + pv.anw + pv.wlz
    return (ib.tarief_box1.tarief_1 + pv.anw + pv.wlz + pv.aow * aow_premie_fractie) / gecombineerd


def algemene_heffingskorting_bedrag(inkomen, ib):
    """Art. 8.10 lid 2, before the split of art. 8.3–8.6."""
    p = ib.algemene_heffingskorting
    return np.maximum(p.maximum - p.afbouwpercentage * np.maximum(inkomen - p.afbouwgrens, 0), 0)


def arbeidskorting_bedrag(arbeidsinkomen, ib):
    """Art. 8.11 lid 2 onder a–d, before the split of art. 8.3–8.6."""
    p = ib.arbeidskorting
    ai = np.maximum(arbeidsinkomen, 0)
    a = np.minimum(p.percentage_a * ai, p.maximum_a)
    ab = np.minimum(a + p.percentage_b * np.maximum(ai - p.grens_b, 0), p.maximum_ab)
    abc = np.minimum(ab + p.percentage_c * np.maximum(ai - p.grens_c, 0), p.maximum_abc)
    return np.maximum(abc - p.afbouwpercentage * np.maximum(ai - p.grens_d, 0), 0)


def iack_bedrag(arbeidsinkomen, ib):
    """Art. 8.14a lid 2 (the conditions of lid 1 and 3 are checked by the variable)."""
    p = ib.inkomensafhankelijke_combinatiekorting
    return np.where(
        arbeidsinkomen > p.drempel,
        np.minimum(p.percentage * np.maximum(arbeidsinkomen - p.drempel, 0), p.maximum),
        0,
    )


def ouderenkorting_bedrag(verzamelinkomen, ib):
    """Art. 8.17 lid 2 (applies in full: art. 8.7)."""
    p = ib.ouderenkorting
    return np.maximum(p.maximum - p.afbouwpercentage * np.maximum(verzamelinkomen - p.afbouwgrens, 0), 0)


def heffingskortingen_loonheffing(jaarloon, arbeidsinkomen, ib, aow_leeftijd, aow_alleenstaand):
    """The standaardloonheffingskorting a payer grants on an annualised wage or benefit (Wet LB art. 22 and 22a):
    AHK and AK (split as art. 8.3–8.6; without the AOW part at AOW-age), plus ouderenkorting and, for a single
    AOW pensioner, the alleenstaande ouderenkorting. The IACK is never part of it (Wet LB art. 22)."""
    fractie = np.where(aow_leeftijd, 0.0, 1.0)
    aandeel = aandeel_standaard_korting(ib, fractie)
    kortingen = aandeel * (algemene_heffingskorting_bedrag(jaarloon, ib) + arbeidskorting_bedrag(arbeidsinkomen, ib))
    ouderen = np.where(aow_leeftijd, ouderenkorting_bedrag(jaarloon, ib), 0)
    alleenstaand = np.where(aow_leeftijd & aow_alleenstaand, ib.alleenstaande_ouderenkorting, 0)
    return kortingen + ouderen + alleenstaand


def loonheffing_jaar(jaarloon, arbeidsinkomen, ib, aow_leeftijd, geboren_voor_1946, met_korting, aow_alleenstaand):
    """Loonheffing (loonbelasting + premie volksverzekeringen) on an annualised amount of one payer, after the
    loonheffingskorting when that payer applies it (Wet LB art. 20–22a, Wfsv art. 9), never below 0."""
    fractie = np.where(aow_leeftijd, 0.0, 1.0)
    heffing = gecombineerde_inkomensheffing(jaarloon, ib, geboren_voor_1946, fractie)
    kortingen = heffingskortingen_loonheffing(jaarloon, arbeidsinkomen, ib, aow_leeftijd, aow_alleenstaand)
    return np.maximum(heffing - np.where(met_korting, kortingen, 0), 0)


def bruteer(netto_jaar, basis_jaar, ib, aow_leeftijd, geboren_voor_1946, met_korting, aow_alleenstaand, iteraties=24):
    """Gross taxable amount G that a payer pays out so that the net addition is `netto_jaar`, when the same
    payer already pays `basis_jaar` (the AOW for the SVB's AIO; 0 for the gemeente's bijstand):
    (B + G − LH(B + G)) − (B − LH(B)) = N.

    The net is increasing in G and piecewise linear (tax brackets, phase-outs of the credits), so the root is
    found with the Illinois variant of regula falsi on the bracket [N, 4 N + 1000]: one evaluation per step,
    exact on a linear piece, and safe across kinks. Converges to well under a cent (tests compare the net AOW
    with the SVB's published amounts; tests/loonheffing). Only the entries with a net amount are solved."""
    netto_jaar = np.maximum(np.asarray(netto_jaar, dtype=float), 0)
    positief = netto_jaar > 0
    uitkomst = np.zeros_like(netto_jaar)
    if not positief.any():
        return uitkomst
    if not positief.all():
        def deel(x):
            return np.broadcast_to(np.asarray(x), netto_jaar.shape)[positief]

        uitkomst[positief] = bruteer(
            netto_jaar[positief], deel(basis_jaar), ib, deel(aow_leeftijd), deel(geboren_voor_1946), deel(met_korting),
            deel(aow_alleenstaand), iteraties,
        )
        return uitkomst

    def lh(x):
        return loonheffing_jaar(x, np.zeros_like(x), ib, aow_leeftijd, geboren_voor_1946, met_korting, aow_alleenstaand)

    basis_lh = lh(basis_jaar)

    def fout(g):
        return g - (lh(basis_jaar + g) - basis_lh) - netto_jaar

    a, b = netto_jaar.copy(), netto_jaar * 4.0 + 1000.0
    fa, fb = fout(a), fout(b)
    klaar = fa >= -1e-9  # no tax on the addition: G = N
    for _ in range(iteraties):
        noemer = fb - fa
        x = np.where(noemer > 1e-12, b - fb * (b - a) / np.where(noemer > 1e-12, noemer, 1.0), (a + b) / 2)
        x = np.clip(x, np.minimum(a, b), np.maximum(a, b))
        fx = fout(x)
        links = fx < 0  # the root lies above x: x becomes the lower end
        # Illinois: halve the function value of the end that stays, so it cannot stay forever
        fb = np.where(links, fb / 2, fb)
        fa = np.where(links, fa, fa / 2)
        a, fa = np.where(links, x, a), np.where(links, fx, fa)
        b, fb = np.where(links, b, x), np.where(links, fb, fx)
    g = np.where(np.abs(fa) < np.abs(fb), a, b)
    g = np.where(klaar, netto_jaar, g)
    return np.where(netto_jaar > 0, g, 0)


def geboren_voor(geboortedatum, jaar):
    """True for a birth date before 1 January of `jaar` (art. 2.10a: 1946; art. 8.9: 1963)."""
    return geboortedatum < np.datetime64(f"{int(jaar):04d}-01-01")


def ib_parameters(parameters, period):
    """The inkomstenbelasting parameter node for the year of `period`."""
    return parameters(period.start.offset("first-of", "year")).inkomstenbelasting
