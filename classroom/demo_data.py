"""Demo lessons for the #STEMhelden videos, in Dutch and English.

Each lesson names the Dutch slug of the video it belongs to; a lesson whose video does not exist
is skipped. Texts are pairs (Dutch, English).
"""

SCIENCE = ("Wetenschappen en techniek", "Science and technology")
MATHS = ("Wiskunde", "Mathematics")
TECH = ("Techniek", "Technology")
ICT = ("ICT en mediawijsheid", "ICT and media literacy")

MATERIALS = [
    {
        "video": "germanium-recycleren-in-olen",
        "slug": ("metalen-terugwinnen-uit-oude-gsms", "recovering-metals-from-old-phones"),
        "title": ("Metalen terugwinnen uit oude gsm's", "Recovering metals from old phones"),
        "intro": (
            "Leerlingen scheiden zelf een mengsel, net zoals Umicore metalen uit afval haalt.",
            "Pupils separate a mixture themselves, just as Umicore gets metals out of waste.",
        ),
        "subject": SCIENCE,
        "ages": (10, 12),
        "levels": ["lager-5", "lager-6"],
        "domains": ["wetenschap", "techniek"],
        "duration": 50,
        "targets": ["LO-WT-2.4", "LO-WT-1.1"],
        "introduction": (
            "<p>Vraag: wat gebeurt er met een oude gsm in de schuif? Kijk dan samen naar de "
            "video over germanium.</p>",
            "<p>Ask: what happens to an old phone in a drawer? Then watch the video about "
            "germanium together.</p>",
        ),
        "steps": [
            (
                ("Kijken", "Watch"),
                (
                    "Bekijk de video en noteer welke stoffen ze terugwinnen.",
                    "Watch the video and note which substances they recover.",
                ),
                10,
            ),
            (
                ("Proef", "Experiment"),
                (
                    "Scheid in groepjes het mengsel met magneet, zeef en water.",
                    "In groups, separate the mixture with a magnet, a sieve and water.",
                ),
                30,
            ),
            (
                ("Nabespreken", "Discuss"),
                (
                    "Vergelijk jullie methode met die in de fabriek.",
                    "Compare your method with the one in the factory.",
                ),
                10,
            ),
        ],
        "experiment": {
            "title": ("Scheid het mengsel", "Separate the mixture"),
            "materials": (
                [
                    "ijzervijlsel",
                    "zand",
                    "zout",
                    "een magneet in een plastic zakje",
                    "een zeef",
                    "een beker warm water",
                ],
                [
                    "iron filings",
                    "sand",
                    "salt",
                    "a magnet in a plastic bag",
                    "a sieve",
                    "a cup of warm water",
                ],
            ),
            "steps": (
                [
                    "Haal het ijzer eruit met de magneet.",
                    "Los het zout op in warm water.",
                    "Zeef het zand eruit en laat het water verdampen.",
                ],
                [
                    "Take the iron out with the magnet.",
                    "Dissolve the salt in warm water.",
                    "Sieve out the sand and let the water evaporate.",
                ],
            ),
            "explanation": (
                "Elke stof heeft een eigenschap die je kunt gebruiken om ze te scheiden.",
                "Every substance has a property you can use to separate it.",
            ),
        },
        "questions": (
            [
                "Waarom is recycleren van metalen beter dan nieuwe mijnen?",
                "Welke job uit de video zou jij willen doen?",
            ],
            [
                "Why is recycling metals better than opening new mines?",
                "Which job from the video would you like to do?",
            ],
        ),
        "tasks": (
            [
                "Welke eigenschap gebruikte je om ijzer te scheiden?",
                "Hoe kreeg je het zout terug?",
                "Noem twee metalen in een gsm.",
            ],
            [
                "Which property did you use to separate iron?",
                "How did you get the salt back?",
                "Name two metals in a phone.",
            ],
        ),
    },
    {
        "video": "germanium-recycleren-in-olen",
        "slug": ("hoeveel-metaal-zit-er-in-een-gsm", "how-much-metal-is-in-a-phone"),
        "title": ("Hoeveel metaal zit er in een gsm?", "How much metal is in a phone?"),
        "intro": (
            "Rekenen met procenten: hoeveel goud, koper en kobalt haal je uit 1000 oude gsm's?",
            "Calculating with percentages: how much gold, copper and cobalt do 1000 old phones "
            "hold?",
        ),
        "subject": MATHS,
        "ages": (12, 14),
        "levels": ["secundair-1", "secundair-2"],
        "domains": ["wiskunde", "wetenschap"],
        "duration": 25,
        "targets": ["SO1-6.03", "SO1-5.07"],
        "introduction": (
            "<p>Een gsm weegt ongeveer 150 gram. Hoeveel daarvan is metaal?</p>",
            "<p>A phone weighs about 150 grams. How much of that is metal?</p>",
        ),
        "steps": [
            (
                ("Schatten", "Estimate"),
                (
                    "Laat elke leerling eerst een schatting noteren.",
                    "Let every pupil write down an estimate first.",
                ),
                5,
            ),
            (
                ("Rekenen", "Calculate"),
                (
                    "Reken met de tabel op het werkblad.",
                    "Calculate with the table on the worksheet.",
                ),
                15,
            ),
            (
                ("Vergelijken", "Compare"),
                ("Vergelijk met je schatting.", "Compare with your estimate."),
                5,
            ),
        ],
        "questions": (
            ["Waarom is 0,03 % goud toch veel waard?"],
            ["Why is 0.03% gold still worth a lot?"],
        ),
        # The table that step 2 ("Reken met de tabel op het werkblad") asks for.
        "table": (
            (
                ("Metaal", "Deel van een gsm van 150 g", "Gram in 1 gsm", "Gram in 1000 gsm's"),
                [("Koper", "15 %", "", ""), ("Goud", "0,03 %", "", "")],
            ),
            (
                ("Metal", "Share of a 150 g phone", "Grams in 1 phone", "Grams in 1000 phones"),
                [("Copper", "15%", "", ""), ("Gold", "0.03%", "", "")],
            ),
        ),
        "tasks": (
            [
                "Hoeveel gram koper zit er in 1000 gsm's (15 %)?",
                "Hoeveel gsm's heb je nodig voor 1 gram goud?",
            ],
            [
                "How many grams of copper are in 1000 phones (15%)?",
                "How many phones do you need for 1 gram of gold?",
            ],
        ),
    },
    {
        "video": "robots-een-brein-geven",
        "slug": ("programmeer-een-mensrobot", "program-a-human-robot"),
        "title": ("Programmeer een mensrobot", "Program a human robot"),
        "intro": (
            "Zonder computer leren programmeren: één leerling is de robot, de anderen schrijven "
            "de code.",
            "Learning to program without a computer: one pupil is the robot, the others write "
            "the code.",
        ),
        "subject": TECH,
        "ages": (10, 12),
        "levels": ["lager-5", "lager-6"],
        "domains": ["techniek", "engineering"],
        "duration": 45,
        "targets": ["LO-TE-4.1"],
        "introduction": (
            "<p>Een robot doet precies wat je zegt, niet wat je bedoelt.</p>",
            "<p>A robot does exactly what you say, not what you mean.</p>",
        ),
        "steps": [
            (
                ("Video", "Video"),
                (
                    "Bekijk hoe de ingenieurs een robot leren grijpen.",
                    "Watch how the engineers teach a robot to grab.",
                ),
                10,
            ),
            (
                ("Code schrijven", "Write code"),
                (
                    "Schrijf met pijlen een route door de klas.",
                    "Write a route through the classroom with arrows.",
                ),
                20,
            ),
            (
                ("Testen", "Test"),
                (
                    "De robot voert uit; zoek en verbeter de fouten.",
                    "The robot runs it; find and fix the bugs.",
                ),
                15,
            ),
        ],
        "questions": (
            ["Wat is een bug?", "Waarom moeten instructies zo precies zijn?"],
            ["What is a bug?", "Why do instructions have to be so precise?"],
        ),
        "tasks": (
            ["Teken je route met pijlen.", "Welke fout vond je bij het testen?"],
            ["Draw your route with arrows.", "Which bug did you find while testing?"],
        ),
    },
    {
        "video": "met-drones-een-werf-in-kaart-brengen",
        "slug": ("breng-je-speelplaats-in-kaart", "map-your-playground"),
        "title": ("Breng je speelplaats in kaart", "Map your playground"),
        "intro": (
            "Net als de landmeter met de drone meten leerlingen hun speelplaats op en tekenen ze "
            "een plan op schaal.",
            "Like the surveyor with the drone, pupils measure their playground and draw a plan "
            "to scale.",
        ),
        "subject": MATHS,
        "ages": (10, 13),
        "levels": ["lager-6", "secundair-1"],
        "domains": ["wiskunde", "techniek"],
        "duration": 60,
        "targets": ["LO-WI-5.2"],
        "introduction": (
            "<p>Hoe weet een bouwfirma hoeveel aarde ze moet wegdoen? Ze meten alles op.</p>",
            "<p>How does a builder know how much soil to remove? They measure everything.</p>",
        ),
        "steps": [
            (
                ("Meten", "Measure"),
                (
                    "Meet met een meetwiel de lengte en breedte.",
                    "Measure the length and width with a measuring wheel.",
                ),
                25,
            ),
            (
                ("Tekenen", "Draw"),
                ("Teken het plan op schaal 1:200.", "Draw the plan to a scale of 1:200."),
                25,
            ),
            (
                ("Controleren", "Check"),
                ("Vergelijk met een luchtfoto.", "Compare with an aerial photo."),
                10,
            ),
        ],
        "questions": (
            ["Wat kan een drone sneller dan een landmeter?"],
            ["What can a drone do faster than a surveyor?"],
        ),
        "tasks": (
            ["Lengte en breedte van de speelplaats:", "Hoeveel cm is 30 m op schaal 1:200?"],
            ["Length and width of the playground:", "How many cm is 30 m at a scale of 1:200?"],
        ),
    },
    {
        "video": "cyberaanvallen-bestrijden",
        "slug": ("sterke-wachtwoorden", "strong-passwords"),
        "title": ("Sterke wachtwoorden", "Strong passwords"),
        "intro": (
            "Een kwartier om te ontdekken waarom een lange zin sterker is dan P@ssw0rd.",
            "Fifteen minutes to find out why a long sentence beats P@ssw0rd.",
        ),
        "subject": ICT,
        "ages": (12, 14),
        "levels": ["secundair-1", "secundair-2"],
        "domains": ["techniek", "wiskunde"],
        "duration": 15,
        "targets": ["SO1-4.05"],
        "introduction": (
            "<p>Hoe lang doet een computer erover om je wachtwoord te raden?</p>",
            "<p>How long does a computer take to guess your password?</p>",
        ),
        "steps": [
            (
                ("Raden", "Guess"),
                (
                    "Tel hoeveel combinaties een pincode van 4 cijfers heeft.",
                    "Count how many combinations a 4-digit PIN has.",
                ),
                5,
            ),
            (
                ("Vergelijken", "Compare"),
                ("Vergelijk met 4 willekeurige woorden.", "Compare with 4 random words."),
                10,
            ),
        ],
        "questions": (
            ["Waarom gebruik je best niet overal hetzelfde wachtwoord?"],
            ["Why should you not use the same password everywhere?"],
        ),
        "tasks": (
            [
                "Hoeveel combinaties heeft een pincode van 4 cijfers?",
                "Bedenk een wachtzin van 4 woorden (schrijf hem niet op!).",
            ],
            [
                "How many combinations does a 4-digit PIN have?",
                "Think of a 4-word passphrase (do not write it down!).",
            ],
        ),
    },
    {
        "video": "batterijen-voor-elektrische-autos",
        "slug": ("maak-een-citroenbatterij", "build-a-lemon-battery"),
        "title": ("Maak een citroenbatterij", "Build a lemon battery"),
        "intro": (
            "Met citroenen, koper en zink maken leerlingen een batterij die een ledje laat "
            "branden.",
            "With lemons, copper and zinc pupils build a battery that lights an LED.",
        ),
        "subject": SCIENCE,
        "ages": (10, 14),
        "levels": ["lager-5", "lager-6", "secundair-1", "secundair-2"],
        "domains": ["wetenschap", "techniek"],
        "duration": 50,
        "targets": ["LO-WT-3.2", "SO1-5.12", "SO1-5.01"],
        "introduction": (
            "<p>In de video bouwen ze batterijen voor auto's. Wij maken er een uit fruit.</p>",
            "<p>In the video they make batteries for cars. We make one from fruit.</p>",
        ),
        "steps": [
            (
                ("Voorspellen", "Predict"),
                (
                    "Brandt het ledje met één citroen? Met vier?",
                    "Will the LED light with one lemon? With four?",
                ),
                5,
            ),
            (
                ("Bouwen", "Build"),
                (
                    "Bouw de batterij en meet de spanning.",
                    "Build the battery and measure the voltage.",
                ),
                30,
            ),
            (
                ("Besluiten", "Conclude"),
                ("Noteer de resultaten in de tabel.", "Write the results in the table."),
                15,
            ),
        ],
        "experiment": {
            "title": ("De citroenbatterij", "The lemon battery"),
            "materials": (
                [
                    "4 citroenen",
                    "4 koperen munten of koperdraad",
                    "4 gegalvaniseerde nagels",
                    "krokodillenklemmen",
                    "een rood ledje",
                    "een multimeter (als je die hebt)",
                ],
                [
                    "4 lemons",
                    "4 copper coins or copper wire",
                    "4 galvanised nails",
                    "crocodile clips",
                    "a red LED",
                    "a multimeter (if you have one)",
                ],
            ),
            "steps": (
                [
                    "Steek in elke citroen een nagel en een munt.",
                    "Verbind koper van de ene met zink van de volgende citroen.",
                    "Sluit het ledje aan op de twee uiteinden.",
                ],
                [
                    "Push a nail and a coin into each lemon.",
                    "Connect the copper of one lemon to the zinc of the next.",
                    "Connect the LED to the two ends.",
                ],
            ),
            "safety": (
                "Eet de citroenen achteraf niet op.",
                "Do not eat the lemons afterwards.",
            ),
            "explanation": (
                "Zink geeft elektronen af, koper neemt ze op: chemische energie wordt "
                "elektrische energie.",
                "Zinc gives off electrons and copper takes them up: chemical energy becomes "
                "electrical energy.",
            ),
        },
        "questions": (
            [
                "Waarom heb je meer citroenen nodig dan je denkt?",
                "Wat is het verschil met de batterij van een elektrische auto?",
            ],
            [
                "Why do you need more lemons than you think?",
                "How is this different from the battery in an electric car?",
            ],
        ),
        # The table that step 3 ("Noteer de resultaten in de tabel") asks for.
        "table": (
            (
                ("Aantal citroenen", "Spanning (volt)", "Brandt het ledje?"),
                [("1", "", ""), ("2", "", ""), ("3", "", ""), ("4", "", "")],
            ),
            (
                ("Number of lemons", "Voltage (volts)", "Does the LED light up?"),
                [("1", "", ""), ("2", "", ""), ("3", "", ""), ("4", "", "")],
            ),
        ),
        "tasks": (
            [
                "Spanning met 1, 2, 3 en 4 citroenen:",
                "Wanneer brandde het ledje?",
                "Welke energie wordt omgezet in welke?",
            ],
            [
                "Voltage with 1, 2, 3 and 4 lemons:",
                "When did the LED light up?",
                "Which energy is converted into which?",
            ],
        ),
    },
    {
        "video": "zonnecellen-maken",
        "slug": ("zonne-energie-meten", "measuring-solar-power"),
        "title": ("Zonne-energie meten", "Measuring solar power"),
        "intro": (
            "Leerlingen meten hoeveel stroom een klein zonnepaneel geeft bij verschillende "
            "hoeken en maken een grafiek.",
            "Pupils measure how much power a small solar panel gives at different angles and "
            "draw a graph.",
        ),
        "subject": SCIENCE,
        "ages": (11, 14),
        "levels": ["lager-6", "secundair-1", "secundair-2"],
        "domains": ["wetenschap", "wiskunde"],
        "duration": 40,
        "targets": ["LO-WT-3.2", "LO-WI-5.6"],
        "introduction": (
            "<p>Waarom liggen zonnepanelen schuin op het dak?</p>",
            "<p>Why are solar panels tilted on the roof?</p>",
        ),
        "steps": [
            (
                ("Opstellen", "Set up"),
                (
                    "Zet het paneel onder een lamp, sluit de meter aan.",
                    "Put the panel under a lamp and connect the meter.",
                ),
                10,
            ),
            (
                ("Meten", "Measure"),
                ("Meet bij 0, 30, 60 en 90 graden.", "Measure at 0, 30, 60 and 90 degrees."),
                20,
            ),
            (
                ("Grafiek", "Graph"),
                ("Zet de metingen in een grafiek.", "Plot the measurements in a graph."),
                10,
            ),
        ],
        "questions": (
            ["Bij welke hoek kreeg je de meeste stroom? Waarom?"],
            ["At which angle did you get the most power? Why?"],
        ),
        "tasks": (
            [
                "Meting bij 0, 30, 60, 90 graden:",
                "Teken de grafiek.",
                "Welke hoek raad je aan voor ons schooldak?",
            ],
            [
                "Reading at 0, 30, 60, 90 degrees:",
                "Draw the graph.",
                "Which angle would you advise for our school roof?",
            ],
        ),
    },
    {
        "video": "nieuw-leven-voor-plastic",
        "slug": ("plastic-sorteren-als-een-pro", "sort-plastic-like-a-pro"),
        "title": ("Plastic sorteren als een pro", "Sort plastic like a pro"),
        "intro": (
            "Met een drijf-of-zinktest ontdekken leerlingen hoe een recyclagebedrijf plastic "
            "soorten scheidt.",
            "With a float-or-sink test pupils find out how a recycling plant separates kinds "
            "of plastic.",
        ),
        "subject": SCIENCE,
        "ages": (10, 12),
        "levels": ["lager-5", "lager-6"],
        "domains": ["wetenschap"],
        "duration": 30,
        "targets": ["LO-WT-2.4", "LO-WT-1.1"],
        "introduction": (
            "<p>Breng verpakkingen mee van thuis. Welke drijven er?</p>",
            "<p>Bring packaging from home. Which ones float?</p>",
        ),
        "steps": [
            (
                ("Knippen", "Cut"),
                ("Knip kleine stukjes van elke verpakking.", "Cut small pieces of each package."),
                5,
            ),
            (
                ("Testen", "Test"),
                (
                    "Doe ze in water en daarna in zout water.",
                    "Put them in water, then in salt water.",
                ),
                15,
            ),
            (
                ("Sorteren", "Sort"),
                ("Sorteer volgens de recyclagecode.", "Sort them by their recycling code."),
                10,
            ),
        ],
        "experiment": {
            "title": ("Drijven of zinken?", "Float or sink?"),
            "materials": (
                ["verschillende plastic verpakkingen", "een schaar", "twee bakken water", "zout"],
                ["different plastic packages", "scissors", "two tubs of water", "salt"],
            ),
            "steps": (
                [
                    "Leg de stukjes in gewoon water.",
                    "Los veel zout op in de tweede bak.",
                    "Vergelijk wat drijft.",
                ],
                [
                    "Put the pieces in plain water.",
                    "Dissolve a lot of salt in the second tub.",
                    "Compare what floats.",
                ],
            ),
            "explanation": (
                "Plastics hebben een verschillende dichtheid; zo scheidt een fabriek ze.",
                "Plastics have different densities; that is how a plant separates them.",
            ),
        },
        "questions": (
            ["Waarom is gemengd plastic moeilijk te recycleren?"],
            ["Why is mixed plastic hard to recycle?"],
        ),
        "tasks": (
            ["Welke stukjes dreven in gewoon water?", "Welke pas in zout water?"],
            ["Which pieces floated in plain water?", "Which only in salt water?"],
        ),
    },
    {
        "video": "nieuw-leven-voor-plastic",
        "slug": ("ontwerp-iets-uit-gerecycleerd-plastic", "design-from-recycled-plastic"),
        "title": (
            "Ontwerp iets uit gerecycleerd plastic",
            "Design something from recycled plastic",
        ),
        "intro": (
            "Een ontwerpproject over twee lesuren: van probleem tot prototype uit oude "
            "verpakkingen.",
            "A design project over two lessons: from problem to prototype made of old packaging.",
        ),
        "subject": TECH,
        "ages": (12, 14),
        "levels": ["secundair-1", "secundair-2"],
        "domains": ["engineering", "techniek"],
        "duration": 100,
        "targets": ["SO1-5.20", "LO-TE-4.3"],
        "introduction": (
            "<p>Het bedrijf uit de video maakt nieuwe producten uit oud plastic. Nu jij.</p>",
            "<p>The company in the video makes new products from old plastic. Your turn.</p>",
        ),
        "steps": [
            (
                ("Probleem", "Problem"),
                (
                    "Kies een probleem in de klas dat je wilt oplossen.",
                    "Choose a problem in the classroom you want to solve.",
                ),
                15,
            ),
            (
                ("Ontwerpen", "Design"),
                ("Schets drie ideeën en kies er een.", "Sketch three ideas and choose one."),
                25,
            ),
            (
                ("Maken en testen", "Make and test"),
                ("Bouw een prototype en test het.", "Build a prototype and test it."),
                50,
            ),
            (
                ("Presenteren", "Present"),
                ("Stel je ontwerp voor in één minuut.", "Present your design in one minute."),
                10,
            ),
        ],
        "questions": (
            ["Wat zou je verbeteren aan je prototype?"],
            ["What would you improve about your prototype?"],
        ),
        "tasks": (
            ["Welk probleem los je op?", "Schets je drie ideeën.", "Wat leerde de test je?"],
            [
                "Which problem do you solve?",
                "Sketch your three ideas.",
                "What did the test teach you?",
            ],
        ),
    },
    {
        "video": "stem-bij-het-rode-kruis",
        "slug": ("meet-je-hartslag", "measure-your-pulse"),
        "title": ("Meet je hartslag", "Measure your pulse"),
        "intro": (
            "Leerlingen meten hun hartslag in rust en na inspanning en vergelijken in een tabel.",
            "Pupils measure their pulse at rest and after exercise and compare in a table.",
        ),
        "subject": SCIENCE,
        "ages": (10, 12),
        "levels": ["lager-5", "lager-6"],
        "domains": ["wetenschap", "wiskunde"],
        "duration": 30,
        "targets": ["LO-WI-5.6", "LO-WT-1.1"],
        "introduction": (
            "<p>Bij het Rode Kruis meten ze elke dag hartslagen. Hoe doe je dat?</p>",
            "<p>At the Red Cross they measure pulses every day. How do you do that?</p>",
        ),
        "steps": [
            (
                ("In rust", "At rest"),
                (
                    "Tel je hartslag 15 seconden en maal vier.",
                    "Count your pulse for 15 seconds and multiply by four.",
                ),
                10,
            ),
            (
                ("Bewegen", "Move"),
                ("Spring één minuut en meet opnieuw.", "Jump for one minute and measure again."),
                10,
            ),
            (
                ("Tabel", "Table"),
                ("Zet de klasresultaten in een tabel.", "Put the class results in a table."),
                10,
            ),
        ],
        "questions": (
            ["Waarom klopt je hart sneller als je beweegt?"],
            ["Why does your heart beat faster when you move?"],
        ),
        # The table that step 3 ("Zet de klasresultaten in een tabel") asks for.
        "table": (
            (("Leerling", "In rust", "Na 1 minuut springen", "Verschil"), [("", "", "", "")] * 6),
            (("Pupil", "At rest", "After jumping for 1 minute", "Difference"), [("",) * 4] * 6),
        ),
        "tasks": (
            ["Hartslag in rust:", "Hartslag na 1 minuut springen:", "Verschil:"],
            ["Pulse at rest:", "Pulse after jumping for 1 minute:", "Difference:"],
        ),
    },
    {
        "video": "internet-dat-nooit-stilvalt",
        "slug": ("hoe-reist-een-bericht-over-het-internet", "how-a-message-travels-online"),
        "title": (
            "Hoe reist een bericht over het internet?",
            "How does a message travel across the internet?",
        ),
        "intro": (
            "Een rollenspel met pakketjes: leerlingen zijn routers en brengen een bericht in "
            "stukjes naar de overkant.",
            "A role play with packets: pupils are routers and carry a message in pieces across "
            "the room.",
        ),
        "subject": ICT,
        "ages": (11, 14),
        "levels": ["lager-6", "secundair-1", "secundair-2"],
        "domains": ["techniek"],
        "duration": 45,
        "targets": ["SO1-4.05", "LO-TE-4.1"],
        "introduction": (
            "<p>Wat gebeurt er als je een foto doorstuurt?</p>",
            "<p>What happens when you send a photo?</p>",
        ),
        "steps": [
            (
                ("Opknippen", "Split"),
                (
                    "Knip een bericht in genummerde pakketjes.",
                    "Cut a message into numbered packets.",
                ),
                10,
            ),
            (
                ("Routeren", "Route"),
                (
                    "Geef de pakketjes door via verschillende routes.",
                    "Pass the packets on along different routes.",
                ),
                20,
            ),
            (
                ("Samenvoegen", "Reassemble"),
                (
                    "Zet het bericht weer in de juiste volgorde.",
                    "Put the message back in the right order.",
                ),
                15,
            ),
        ],
        "questions": (
            ["Wat als een router uitvalt?", "Waarom krijgen pakketjes een nummer?"],
            ["What if a router fails?", "Why do packets get a number?"],
        ),
        "tasks": (
            ["Hoeveel pakketjes had jullie bericht?", "Welke route was het snelst?"],
            ["How many packets did your message have?", "Which route was fastest?"],
        ),
    },
    {
        "video": "zuiver-drinkwater",
        "slug": ("maak-water-weer-helder", "make-water-clear-again"),
        "title": ("Maak water weer helder", "Make water clear again"),
        "intro": (
            "Leerlingen bouwen een waterfilter uit een petfles en testen welke laag het meest "
            "vuil tegenhoudt.",
            "Pupils build a water filter from a plastic bottle and test which layer stops the "
            "most dirt.",
        ),
        "subject": SCIENCE,
        "ages": (10, 14),
        "levels": ["lager-5", "lager-6", "secundair-1"],
        "domains": ["wetenschap", "engineering"],
        "duration": 60,
        "targets": ["LO-TE-4.3", "SO1-5.01"],
        "introduction": (
            "<p>Hoe wordt rivierwater drinkwater? Bekijk de video.</p>",
            "<p>How does river water become drinking water? Watch the video.</p>",
        ),
        "steps": [
            (
                ("Bouwen", "Build"),
                (
                    "Vul de fles met grind, zand en watten.",
                    "Fill the bottle with gravel, sand and cotton wool.",
                ),
                20,
            ),
            (
                ("Filteren", "Filter"),
                ("Giet het vuile water erdoor.", "Pour the dirty water through."),
                20,
            ),
            (
                ("Verbeteren", "Improve"),
                ("Verander de volgorde en test opnieuw.", "Change the order and test again."),
                20,
            ),
        ],
        "experiment": {
            "title": ("Een filter uit een petfles", "A filter from a plastic bottle"),
            "materials": (
                [
                    "een lege petfles",
                    "grind",
                    "zand",
                    "watten",
                    "vuil water (aarde en water)",
                    "een doorzichtige beker",
                ],
                [
                    "an empty plastic bottle",
                    "gravel",
                    "sand",
                    "cotton wool",
                    "dirty water (soil and water)",
                    "a clear cup",
                ],
            ),
            "steps": (
                [
                    "Snij de bodem van de fles en zet hem ondersteboven.",
                    "Leg watten, zand en grind in lagen.",
                    "Giet het vuile water erdoor.",
                ],
                [
                    "Cut off the bottom of the bottle and turn it upside down.",
                    "Add layers of cotton wool, sand and gravel.",
                    "Pour the dirty water through.",
                ],
            ),
            "safety": (
                "Drink het gefilterde water nooit: het is helder, maar niet veilig.",
                "Never drink the filtered water: it is clear, but not safe.",
            ),
        },
        "questions": (
            ["Is helder water altijd drinkbaar?"],
            ["Is clear water always safe to drink?"],
        ),
        "tasks": (
            ["Teken je filter met de lagen.", "Hoe helder werd het water (1 tot 5)?"],
            ["Draw your filter with its layers.", "How clear did the water get (1 to 5)?"],
        ),
    },
    {
        "video": "windmolens-op-zee",
        "slug": ("bouw-de-beste-windmolen", "build-the-best-wind-turbine"),
        "title": ("Bouw de beste windmolen", "Build the best wind turbine"),
        "intro": (
            "Een ontwerpwedstrijd: welk team bouwt de wieken die het meeste opleveren?",
            "A design contest: which team builds the blades that produce the most?",
        ),
        "subject": TECH,
        "ages": (12, 14),
        "levels": ["secundair-1", "secundair-2"],
        "domains": ["engineering", "wiskunde", "techniek"],
        "duration": 120,
        "targets": ["SO1-5.20", "SO1-5.12"],
        "introduction": (
            "<p>Windmolens op zee zijn groter dan de Sint-Romboutstoren. Waarom zo groot?</p>",
            "<p>Wind turbines at sea are taller than a cathedral tower. Why so big?</p>",
        ),
        "steps": [
            (
                ("Ontwerpen", "Design"),
                (
                    "Kies vorm, aantal en hoek van de wieken.",
                    "Choose the shape, number and angle of the blades.",
                ),
                30,
            ),
            (
                ("Bouwen", "Build"),
                ("Bouw de wieken op een klein motortje.", "Build the blades onto a small motor."),
                45,
            ),
            (
                ("Meten", "Measure"),
                (
                    "Meet de spanning voor de ventilator.",
                    "Measure the voltage in front of the fan.",
                ),
                30,
            ),
            (
                ("Verbeteren", "Improve"),
                ("Pas één ding aan en meet opnieuw.", "Change one thing and measure again."),
                15,
            ),
        ],
        "questions": (
            ["Waarom veranderen ingenieurs maar één ding tegelijk?"],
            ["Why do engineers change only one thing at a time?"],
        ),
        "tasks": (
            ["Ons ontwerp:", "Gemeten spanning:", "Wat pasten we aan en wat gebeurde er?"],
            ["Our design:", "Measured voltage:", "What did we change and what happened?"],
        ),
    },
    {
        "video": "stroom-die-altijd-aan-blijft",
        "slug": ("een-stroomkring-die-blijft-branden", "a-circuit-that-keeps-the-lights-on"),
        "title": ("Een stroomkring die blijft branden", "A circuit that keeps the lights on"),
        "intro": (
            "Een korte opdracht: bouw een stroomkring waarin één lampje mag uitvallen zonder "
            "dat het andere dooft.",
            "A short task: build a circuit in which one bulb may fail without the other going out.",
        ),
        "subject": TECH,
        "ages": (10, 12),
        "levels": ["lager-5", "lager-6"],
        "domains": ["techniek", "wetenschap"],
        "duration": 15,
        "targets": ["LO-WT-3.2", "LO-TE-4.1"],
        "introduction": (
            "<p>Hoe zorgt het net ervoor dat je stroom hebt, ook als er ergens iets stuk is?</p>",
            "<p>How does the grid keep your power on, even when something breaks?</p>",
        ),
        "steps": [
            (
                ("In serie", "In series"),
                (
                    "Bouw twee lampjes achter elkaar; draai er een los.",
                    "Put two bulbs one after the other; unscrew one.",
                ),
                7,
            ),
            (
                ("Parallel", "In parallel"),
                (
                    "Bouw ze naast elkaar en probeer opnieuw.",
                    "Put them side by side and try again.",
                ),
                8,
            ),
        ],
        "questions": (
            ["Welke schakeling gebruikt het elektriciteitsnet? Waarom?"],
            ["Which circuit does the power grid use? Why?"],
        ),
        "tasks": (
            ["Teken de serieschakeling.", "Teken de parallelschakeling."],
            ["Draw the series circuit.", "Draw the parallel circuit."],
        ),
    },
]
