# Sixth held-out-style set, written before any rule was run on it.
import json
A = []
def art(i, when, source, title, body):
    A.append({"id": "para6-%03d" % i, "source": source, "url": "https://example.com/para6/%03d" % i,
              "publishedAt": when, "language": "en", "title": title, "body": body})

art(0, "2021-03-31T06:00:00Z", "Asia Tech Brief",
 "Lenovo weighs a move into electric cars, chairman says",
 "Lenovo is looking at whether to build electric vehicles, chairman Yang Yuanqing told reporters on Wednesday, adding that the PC maker had not yet made a decision.\n\n"
 "\"We are studying the opportunity carefully,\" Yang said. The company already supplies computing platforms to several carmakers.")

art(1, "2022-11-17T08:00:00Z", "China Auto Wire",
 "Human Horizons to shut factory as cash runs out",
 "Human Horizons, the Chinese maker of the HiPhi electric SUVs, has halted production and told staff to stay home, according to local media reports.\n\n"
 "The startup delivered about 4,500 cars last year but has failed to raise new funds. It did not respond to requests for comment.")

art(2, "2020-05-27T04:00:00Z", "Seoul Market News",
 "LG Chem wins Hyundai battery order",
 "LG Chem will supply battery cells for Hyundai Motor's new generation of electric cars, the South Korean battery maker said on Wednesday, in a deal analysts valued at about $1 billion.\n\n"
 "Hyundai, which sells the Kona Electric, plans to launch 23 battery-electric models by 2025. The cells will be made at LG Chem's plant in Ochang.")

art(3, "2021-06-02T05:00:00Z", "Auto Letter Europe",
 "Volvo and Northvolt to build battery plant in Sweden",
 "Volvo Cars and Northvolt will invest 30 billion Swedish crowns in a joint venture that will build a battery plant in Gothenburg, the companies said on Wednesday.\n\n"
 "The plant will supply cells for the next generation of Volvo and Polestar electric cars from 2026. Volvo plans to sell only fully electric cars by 2030.")

art(4, "2023-01-12T03:00:00Z", "Tech Wire Review",
 "Sony Honda Mobility's Afeela prototype makes debut",
 "Sony Honda Mobility unveiled a prototype of its first electric car, to be sold under the Afeela brand, at CES in Las Vegas on Wednesday.\n\n"
 "The venture plans to take pre-orders in the first half of 2025 and start deliveries in North America in 2026. Honda will build the car at a plant in Ohio.")

art(5, "2019-04-16T09:00:00Z", "Market Desk Asia",
 "Evergrande buys stake in Swedish EV maker NEVS",
 "China Evergrande Group has bought a 51 percent stake in National Electric Vehicle Sweden, known as NEVS, which took over the assets of Saab Automobile, the property developer said.\n\n"
 "Evergrande, which has no experience in carmaking, said it planned to become the world's biggest maker of electric vehicles within three to five years.")

art(6, "2023-08-24T07:00:00Z", "EV Market Monitor",
 "Vinfast shares soar in Nasdaq debut",
 "Shares of VinFast quadrupled in their first day of trading after the Vietnamese electric-car maker went public through a merger with a blank-check company.\n\n"
 "The carmaker began deliveries of its VF 8 SUV in the United States in March. It is controlled by Vingroup founder Pham Nhat Vuong.")

art(7, "2022-12-15T09:00:00Z", "Tech Wire Review",
 "Apple scales back self-driving car plans, delays launch",
 "Apple has scaled back its self-driving car project and pushed the planned launch to 2026, Bloomberg News reported, citing people familiar with the matter.\n\n"
 "The iPhone maker now plans a car with a steering wheel and pedals. The project has been through several changes of leadership since it started in 2014.")

for a in A:
    print(json.dumps(a, ensure_ascii=False))
