<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en_US">
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Åpne &amp;nylige</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Åpne…</translation>
    </message>
    <message>
        <source>Open &amp;Contract…</source>
        <translation>Åpne &amp;kontrakt…</translation>
    </message>
    <message>
        <source>New Con&amp;tract…</source>
        <translation>Ny kon&amp;trakt…</translation>
    </message>
    <message>
        <source>E&amp;dit Contract…</source>
        <translation>R&amp;ediger kontrakt…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Lagre &amp;som…</translation>
    </message>
    <message>
        <source>Export to &amp;Excel…</source>
        <translation>Eksporter til &amp;Excel…</translation>
    </message>
    <message>
        <source>Export to &amp;PDF…</source>
        <translation>Eksporter til &amp;PDF…</translation>
    </message>
    <message>
        <source>Export to PDF (Summar&amp;y)…</source>
        <translation>Eksporter til PDF (samm&amp;endrag)…</translation>
    </message>
    <message>
        <source>Export to CS&amp;V…</source>
        <translation>Eksporter til CS&amp;V…</translation>
    </message>
    <message>
        <source>Export to &amp;JSON…</source>
        <translation>Eksporter til &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>&amp;Parameters and Currency…</source>
        <translation>&amp;Parametere og valuta…</translation>
    </message>
    <message>
        <source>Decision &amp;Criteria…</source>
        <translation>&amp;Beslutningskriterier…</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Veiledning</translation>
    </message>
    <message>
        <source>&amp;About Termscope</source>
        <translation>&amp;Om Termscope</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenarioer</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Arbeidsmengde</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Kontrakter</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Uten navn</translation>
    </message>
    <message>
        <source>vendor currencies</source>
        <translation>leverandørenes valutaer</translation>
    </message>
    <message>
        <source>{plans} plans · {scenarios} scenarios · compared in {currency} · rates of {date} (base {base}) · simulated in {ms} ms</source>
        <translation>{plans} planer · {scenarios} scenarioer · sammenlignet i {currency} · valutakurser per {date} (basis {base}) · simulert på {ms} ms</translation>
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
        <translation>trinn %v av %m</translation>
    </message>
    <message>
        <source>What would flip the winner</source>
        <translation>Hva som ville snudd vinneren</translation>
    </message>
    <message>
        <source>Break-even volumes</source>
        <translation>Volumer ved nullpunkt</translation>
    </message>
    <message>
        <source>How sure: flips and break-even</source>
        <translation>Hvor sikkert: vendinger og nullpunkt</translation>
    </message>
    <message>
        <source>Scenarios × plans</source>
        <translation>Scenarioer × planer</translation>
    </message>
    <message>
        <source>Questions for each vendor</source>
        <translation>Spørsmål til hver leverandør</translation>
    </message>
</context>
</TS>
