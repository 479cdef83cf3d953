<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en_US">
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <source>Open &amp;Contract…</source>
        <translation>Öppna &amp;avtal…</translation>
    </message>
    <message>
        <source>New Con&amp;tract…</source>
        <translation>Nytt a&amp;vtal…</translation>
    </message>
    <message>
        <source>E&amp;dit Contract…</source>
        <translation>R&amp;edigera avtal…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Spara &amp;som…</translation>
    </message>
    <message>
        <source>Export to &amp;Excel…</source>
        <translation>Exportera till &amp;Excel…</translation>
    </message>
    <message>
        <source>Export to &amp;PDF…</source>
        <translation>Exportera till &amp;PDF…</translation>
    </message>
    <message>
        <source>Export to PDF (Summar&amp;y)…</source>
        <translation>Exportera till PDF (samm&amp;anfattning)…</translation>
    </message>
    <message>
        <source>Export to CS&amp;V…</source>
        <translation>Exportera till CS&amp;V…</translation>
    </message>
    <message>
        <source>Export to &amp;JSON…</source>
        <translation>Exportera till &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>&amp;Parameters and Currency…</source>
        <translation>&amp;Parametrar och valuta…</translation>
    </message>
    <message>
        <source>Decision &amp;Criteria…</source>
        <translation>&amp;Beslutskriterier…</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Handledning</translation>
    </message>
    <message>
        <source>&amp;About Termscope</source>
        <translation>&amp;Om Termscope</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenarier</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Arbetsbelastning</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Namnlös</translation>
    </message>
    <message>
        <source>vendor currencies</source>
        <translation>leverantörernas valutor</translation>
    </message>
    <message>
        <source>{plans} plans · {scenarios} scenarios · compared in {currency} · rates of {date} (base {base}) · simulated in {ms} ms</source>
        <translation>{plans} planer · {scenarios} scenarier · jämfört i {currency} · valutakurser per {date} (bas {base}) · simulerat på {ms} ms</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <source>Criteria…</source>
        <translation>Kriterier…</translation>
    </message>
    <message>
        <source>Profile…</source>
        <translation>Profil…</translation>
    </message>
    <message>
        <source>step %v of %m</source>
        <translation>steg %v av %m</translation>
    </message>
    <message>
        <source>What would flip the winner</source>
        <translation>Vad som skulle vända vinnaren</translation>
    </message>
    <message>
        <source>Break-even volumes</source>
        <translation>Volymer vid nollpunkt</translation>
    </message>
    <message>
        <source>How sure: flips and break-even</source>
        <translation>Hur säkert: vändningar och nollpunkt</translation>
    </message>
    <message>
        <source>Scenarios × plans</source>
        <translation>Scenarier × planer</translation>
    </message>
    <message>
        <source>Questions for each vendor</source>
        <translation>Frågor till varje leverantör</translation>
    </message>
</context>
</TS>
