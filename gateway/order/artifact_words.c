/* artifact_words.c — the things made by people that English names by a common noun, no food
 * (see artifact_words.h): "umbrella", "chair", "balloon", "bag". A customer may count them
 * ("can i get 3 umbrellas", "2 balloons and a cheeseburger") as they count dishes, and no
 * kitchen makes them.
 *
 * Drawn from WordNet 3.0 (Debian's wordnet-base, /usr/share/wordnet): the single-word lemmas
 * of index.noun of three to 24 lowercase letters with a sense seen in the tagged corpus
 * (tagsense_cnt > 0), whose first, most frequent, sense is in noun.artifact (lex_filenum 6)
 * and no sense in noun.food (13), less the words of food_words.txt; sorted, as the search
 * below needs. What the menu names ("bowl", "wrap") is read before this list is asked. */
#include "gateway/order/artifact_words.h"

#include <stdlib.h>
#include <string.h>

/* the words one after another, as the list is generated */
/* clang-format off */
static const char *const artifact_words[] = {
    "abbey", "abstractionism", "accelerator", "accessory", "accouterment", "actinometer",
    "addition", "additive", "aerator", "afghan", "aggregate", "aircraft", "airframe", "airplane",
    "airport", "airway", "aisle", "alley", "alleyway", "aloes", "ambulance", "americana", "ammo",
    "ammunition", "amplifier", "amulet", "analyzer", "anchor", "anode", "antenna", "anvil",
    "apartment", "aperture", "apparatus", "applicator", "apron", "architecture", "areaway",
    "armament", "armchair", "armoire", "armor", "arms", "art", "artillery", "aspirin", "assembly",
    "attic", "attire", "auditorium", "aureomycin", "auto", "autoloader", "automobile", "aviary",
    "axe", "axle", "backdrop", "backstage", "backyard", "bag", "baggage", "bagpipe", "bale",
    "ball", "ballast", "balloon", "ballpark", "ballroom", "balustrade", "bandage", "bandoleer",
    "bandstand", "banister", "banjo", "banner", "bar", "barbell", "barbital", "barbiturate",
    "barge", "barn", "barnyard", "barrack", "barrel", "barricade", "barrier", "base", "basement",
    "basin", "basket", "bassinet", "bath", "bathrobe", "bathroom", "bathtub", "baton", "batwing",
    "bawdyhouse", "bayonet", "bazaar", "bead", "bed", "bedding", "bedpost", "bedroom", "bedstead",
    "beehive", "belfry", "bell", "belt", "bench", "bicycle", "bin", "binder", "binoculars",
    "birdbath", "birdhouse", "bivouac", "blackboard", "blanket", "bleachers", "blinker", "block",
    "blower", "bludgeon", "boardinghouse", "boat", "boater", "bodice", "bogy", "boiler", "bolo",
    "bolster", "bomb", "bombproof", "bonnet", "bookcase", "bookshelf", "boot", "booth", "bottle",
    "boucle", "boulevard", "bouquet", "bow", "bower", "bowl", "bowstring", "box", "boxcar",
    "brace", "bracing", "brad", "brake", "brakes", "breakable", "breakwater", "breastwork",
    "breeches", "brick", "bridge", "bridle", "briefcase", "brig", "brim", "bristle", "broom",
    "brothel", "buck", "buckboard", "bucket", "buckle", "buggy", "bugle", "building", "bullet",
    "bunk", "bunker", "burner", "bus", "butt", "button", "bypass", "cab", "cabana", "cabin",
    "cabinet", "cache", "cafe", "cafeteria", "cage", "calorimeter", "cambridge", "camera", "camp",
    "can", "candle", "candlewick", "cane", "caning", "cannon", "canteen", "cantilever", "cantle",
    "canvas", "cap", "capacitor", "capillary", "capstan", "capsule", "car", "carbine", "card",
    "cardroom", "cargo", "carpet", "carriage", "cart", "cartridge", "cartwheel", "carving",
    "cashmere", "casino", "castanets", "castle", "cathedral", "catheter", "cathode", "ceiling",
    "cell", "cellar", "centerfield", "centrifuge", "chair", "chaise", "chamber", "chancel",
    "chandelier", "chapel", "chariot", "charnel", "cheesecloth", "chimney", "chisel",
    "chlorothiazide", "chlorpromazine", "chock", "chromatogram", "chute", "cigar", "cigarette",
    "circuit", "circuitry", "classic", "classroom", "cleaner", "cleat", "clip", "cloak", "clock",
    "clodhopper", "closet", "closeup", "cloth", "clothes", "clothesbrush", "clotheshorse",
    "clothesline", "clothing", "clubhouse", "coat", "coating", "coattail", "cocaine", "cockpit",
    "coffeehouse", "coffeepot", "coffin", "coil", "collage", "collar", "colors", "comb", "combine",
    "commissary", "commodity", "commutator", "commuter", "compact", "compartment", "compass",
    "compress", "computer", "concertina", "condenser", "cone", "constituent", "container",
    "contrabass", "contraceptive", "contraption", "contrivance", "convent", "convertible",
    "cookfire", "coop", "coping", "cord", "corduroy", "corduroys", "corkscrew", "corral",
    "corridor", "corsage", "costume", "cottage", "couch", "counter", "counterbalance", "coupling",
    "courtyard", "cover", "coverlet", "cowling", "cradle", "crate", "creche", "crib", "cross",
    "crossroad", "crucifix", "crupper", "crusher", "crutch", "cryostat", "cuff", "cufflink",
    "cupboard", "curb", "curbside", "cure", "curio", "curtain", "cushion", "cushioning", "cusp",
    "cutlass", "dagger", "dairy", "dais", "dam", "daybed", "deck", "decor", "decoration",
    "denture", "depot", "derrick", "desk", "destroyer", "detector", "device", "dewar", "diagram",
    "dial", "diaper", "diaphragm", "dice", "die", "dipper", "disc", "dishwasher", "dispensary",
    "dispenser", "ditch", "divan", "dive", "dock", "doghouse", "doll", "door", "doorbell",
    "doorhandle", "doorknob", "doorway", "dooryard", "dormitory", "dose", "drape", "drapery",
    "drawer", "dress", "dresser", "driveway", "drug", "drugstore", "drum", "drumhead", "drygoods",
    "dugout", "dumbbell", "dungeon", "duplication", "dustbin", "dwelling", "dynamite", "earphone",
    "easel", "edifice", "electrocardiograph", "electrode", "electromagnet", "electrophorus",
    "elevator", "ell", "embankment", "embassy", "emblem", "enclosure", "engine", "entanglement",
    "entrance", "entranceway", "entrant", "envelope", "epaulet", "equipment", "escritoire",
    "etcetera", "exit", "export", "eyepiece", "eyeshadow", "fabric", "facade", "facility",
    "facing", "facsimile", "factory", "fake", "fan", "farm", "farmhouse", "faucet", "fauteuil",
    "fedora", "feedlot", "fence", "fencing", "fender", "fiddle", "figurine", "filter", "firearm",
    "firecracker", "fireplace", "firework", "fixture", "flag", "flail", "flannel", "flap",
    "flashlight", "flask", "flats", "floor", "floorboard", "flooring", "flowerbed", "flute",
    "foil", "footage", "footbridge", "footpath", "fork", "fort", "fortification", "fortress",
    "foundry", "fountain", "foyer", "frame", "freeway", "freight", "freighter", "frieze",
    "furnace", "furniture", "furrow", "fuse", "gabardine", "gable", "gadget", "gadgetry", "gage",
    "gallows", "gallus", "garage", "garb", "garden", "garment", "garrison", "gate", "gatepost",
    "gateway", "gauge", "gear", "gearset", "generator", "gibbet", "gig", "gingham", "ginmill",
    "glasses", "glove", "goad", "gourd", "gown", "granary", "grate", "grating", "gravestone",
    "greatcoat", "greenhouse", "greenroom", "grenade", "grill", "grille", "gristmill", "grocery",
    "grotesque", "guitar", "gun", "gutter", "gym", "haberdashery", "hall", "hallway", "halter",
    "hammer", "hamper", "handbag", "handiwork", "handkerchief", "handle", "handlebar", "handspike",
    "hardware", "harem", "harness", "harp", "harvard", "hasp", "hat", "hatchway", "haven",
    "haversack", "headgear", "headlight", "headquarters", "hearth", "heater", "heaver", "hedge",
    "helm", "hem", "herringbone", "highroad", "highway", "hilt", "hinge", "hoe", "holder",
    "holster", "honkytonk", "hook", "hookup", "hoop", "hopper", "horn", "hospital", "hostelry",
    "hotel", "house", "housing", "hub", "hurdle", "hut", "hutment", "icbm", "icebox", "idol",
    "implement", "import", "infield", "infirmary", "inn", "innovation", "inset", "instrument",
    "instrumentation", "interceptor", "interchange", "interface", "interferometer", "interlayer",
    "intrenchment", "irons", "jail", "jar", "jeep", "jet", "jewel", "john", "joss", "jug",
    "jukebox", "junction", "kamikaze", "keepsake", "kerchief", "ketch", "kettle", "key",
    "keyboard", "keyhole", "kit", "kitchen", "kitchenette", "knapsack", "knife", "knit", "knob",
    "lab", "laboratory", "labyrinth", "ladder", "lamp", "lance", "landing", "landrover", "lane",
    "lantern", "lapel", "laudanum", "launcher", "laundry", "lavatory", "layer", "layette", "leash",
    "leftfield", "lens", "lever", "levis", "library", "linen", "links", "lipstick", "load",
    "loading", "lobby", "local", "lock", "locker", "lockup", "lodging", "lodgings", "loft",
    "longshot", "loom", "loop", "lotion", "loudspeaker", "luger", "luggage", "lunchroom",
    "machine", "machinery", "mackinaw", "magnet", "mailbox", "makeup", "manifold", "manometer",
    "manor", "manse", "mantel", "map", "marker", "marquee", "mascara", "mask", "masonry",
    "masterpiece", "mat", "match", "matting", "mausoleum", "mayflower", "maze", "medication",
    "membrane", "merchandise", "metrazol", "metro", "microphone", "microscope", "mike", "mill",
    "millivoltmeter", "millwheel", "mine", "miniature", "mirror", "missile", "mobcap", "modernism",
    "moire", "monastery", "monochrome", "monocle", "monument", "morgue", "mortar", "mosaic",
    "motel", "motif", "motor", "motorcar", "mound", "mouthpiece", "mudguard", "muff", "muffler",
    "mulch", "munition", "museum", "musket", "muzzle", "necklace", "necktie", "net", "nightclub",
    "nightdress", "nightshirt", "noisemaker", "nozzle", "nude", "nursery", "nuthouse", "obelisk",
    "obstruction", "office", "offstage", "oilcloth", "openwork", "opium", "orchard", "original",
    "ornament", "orthicon", "oscillator", "outfield", "outlet", "output", "oven", "overall",
    "overcoat", "overhang", "overload", "overshoe", "oxcart", "oxytetracycline", "packinghouse",
    "padlock", "pail", "paint", "painting", "palace", "pale", "pan", "pane", "panel", "paneling",
    "pantry", "paperback", "parachute", "paramagnet", "paraphernalia", "parcel", "parlor",
    "parsonage", "parthenon", "partition", "passageway", "patina", "pavement", "pedestal", "peg",
    "pegboard", "pen", "pencil", "pendulum", "pentagon", "penthouse", "percolator", "perforation",
    "pew", "phone", "phonograph", "photo", "photograph", "photomontage", "piano", "pickup",
    "picture", "pier", "pill", "pillow", "pin", "pinafore", "pinnacle", "pipe", "pique", "pirogue",
    "pistol", "pitchfork", "plane", "plant", "platform", "pleat", "plow", "plowshare", "plumbing",
    "pocket", "pole", "poncho", "pool", "poplin", "porch", "portal", "portfolio", "pot",
    "potentiometer", "pottery", "pouch", "prison", "privy", "product", "projectile", "prop",
    "propeller", "pulley", "pulpit", "pump", "puppet", "purse", "pyrometer", "quarters", "quill",
    "quilt", "quirt", "radar", "raft", "rafter", "rag", "rail", "railhead", "railing", "railroad",
    "railway", "ram", "ramp", "rampart", "ramrod", "ranch", "razor", "receiver", "receptacle",
    "recorder", "recording", "rectifier", "reel", "refectory", "reflector", "refrigerator",
    "regulator", "rein", "release", "relic", "repertory", "repository", "reserpine", "resistor",
    "restaurant", "revetment", "revolver", "rifle", "rig", "rightfield", "road", "roadside",
    "roadway", "robe", "rocket", "rod", "roof", "rooftree", "room", "rooms", "rope", "rosary",
    "rosette", "rostrum", "rotor", "roundhouse", "rudder", "rug", "russet", "sable", "saddlebag",
    "safe", "sail", "salon", "saloon", "salve", "sampler", "sandal", "sari", "sash", "satellite",
    "satin", "sawhorse", "scaffold", "scarf", "scenery", "schoolhouse", "schoolroom", "scimitar",
    "scoreboard", "scourge", "screen", "sculpture", "seal", "seam", "searchlight", "sedan",
    "seedbed", "segment", "seismograph", "sensor", "serge", "serviette", "setup", "sewer", "shack",
    "shackle", "sham", "shantung", "shanty", "shard", "shawl", "sheaf", "sheath", "shed", "shelf",
    "shell", "shelter", "shield", "shim", "ship", "shipment", "shipwreck", "shipyard", "shirt",
    "shirtfront", "shirtsleeve", "shoe", "shoelace", "shoestring", "shooter", "shop", "short",
    "shortcut", "shotgun", "shovel", "shower", "showerhead", "showpiece", "showroom", "shrapnel",
    "shrine", "shutter", "sickroom", "sideboard", "sidewalk", "siding", "sieve", "silk", "sill",
    "silo", "sink", "sketch", "skiff", "skirt", "skullcap", "skylight", "skyscraper", "slab",
    "slacks", "slat", "slate", "sleeve", "slicker", "slide", "slingshot", "slipper", "slit",
    "sloop", "sluice", "smokehouse", "snapshot", "sneaker", "snip", "snuffbox", "snuffer", "soap",
    "sock", "soddy", "sofa", "sonar", "sonogram", "soundtrack", "soutane", "souvenir", "spade",
    "speakeasy", "spear", "spectacles", "spectrometer", "spectrophotometer", "spire", "splicing",
    "spoke", "spoon", "springboard", "sputnik", "stable", "stadium", "stair", "staircase",
    "stairs", "stairway", "stairwell", "stall", "stand", "standby", "staple", "starboard",
    "station", "statue", "statuette", "steakhouse", "steamboat", "steamship", "steeple", "stein",
    "steps", "stereo", "stern", "stethoscope", "stetson", "stickpin", "still", "stilt", "stirrup",
    "stitch", "stockade", "stocking", "stool", "store", "storefront", "storehouse", "storeroom",
    "stove", "straightaway", "strap", "streamliner", "street", "streetcar", "streetlight",
    "string", "stripe", "structure", "studio", "subsection", "substation", "subway", "suit",
    "suitcase", "sulky", "sundial", "sunshade", "superhighway", "supermarket", "surface", "swatch",
    "swathing", "sweatband", "sweater", "sweatshirt", "swimsuit", "switch", "switchboard", "sword",
    "synagogue", "system", "tablet", "tabletop", "tailgate", "tank", "tanker", "tape", "tarpaulin",
    "tavern", "taxi", "teacart", "teakettle", "telegraph", "telephone", "temple", "tenement",
    "tent", "terminal", "terrace", "terrycloth", "textile", "theater", "theatre", "thermistor",
    "thermocouple", "thermometer", "thermopile", "thermostat", "thill", "thong", "thoroughfare",
    "thread", "throne", "throttle", "thruway", "thwart", "tie", "tile", "timepiece", "timer",
    "tine", "tire", "tobacco", "toilet", "tollgate", "tollhouse", "tomb", "tool", "toothbrush",
    "toothpaste", "torch", "total", "towboat", "towel", "toweling", "tower", "toy", "tractor",
    "train", "tranquilizer", "transducer", "transformer", "transistor", "transit", "transport",
    "transportation", "trap", "trapping", "tray", "treadmill", "trench", "trestle", "trigger",
    "trinket", "triphammer", "tripod", "troika", "trouser", "truck", "trumpet", "tub", "tube",
    "tubing", "tunnel", "turban", "turbine", "turnpike", "turntable", "tweed", "typewriter",
    "ultracentrifuge", "umbrella", "undershirt", "underwear", "uniform", "urn", "utensil",
    "vaccine", "vase", "vatican", "vault", "vehicle", "veil", "velour", "velours", "velvet",
    "vent", "veranda", "verandah", "vest", "vestibule", "victrola", "vineyard", "violin",
    "viscometer", "viyella", "voltmeter", "voodoo", "wagon", "wall", "wallet", "wand", "wardrobe",
    "wardroom", "warehouse", "warhorse", "wash", "washbasin", "washbowl", "wastebasket", "watch",
    "watercolor", "ways", "wayside", "weapon", "weave", "weeds", "weir", "well", "wharf", "wheel",
    "wheelchair", "wig", "wildcat", "windbreak", "windmill", "window", "windowpane", "windowsill",
    "windshield", "wineglass", "wire", "withe", "woodshed", "woodwork", "wool", "woolen",
    "workbench", "workboard", "workings", "works", "workshop", "worktable", "worsted", "wrapper",
    "wreath", "wreckage", "xylophone", "yacht", "yale", "yoke", "zoo",
};
/* clang-format on */

enum { ARTIFACT_WORD_MAX = 24 };

static int artifact_compare(const void *key, const void *entry)
{
    return strcmp((const char *)key, *(const char *const *)entry);
}

static bool artifact_listed(const char *w, size_t len)
{
    char word[ARTIFACT_WORD_MAX + 1];
    if (len < 3 || len > ARTIFACT_WORD_MAX)
        return false;
    memcpy(word, w, len);
    word[len] = '\0';
    return bsearch(word, artifact_words, sizeof artifact_words / sizeof *artifact_words,
                   sizeof *artifact_words, artifact_compare) != NULL;
}

bool order_artifact_word(const char *w, size_t len)
{
    char word[ARTIFACT_WORD_MAX + 1];
    if (artifact_listed(w, len))
        return true;
    if (len < 4 || len > ARTIFACT_WORD_MAX || w[len - 1] != 's')
        return false;
    if (artifact_listed(w, len - 1)) /* "umbrellas" */
        return true;
    if (len >= 5 && w[len - 2] == 'e' && artifact_listed(w, len - 2))
        return true;                                          /* "boxes" */
    if (len >= 5 && w[len - 3] == 'i' && w[len - 2] == 'e') { /* "trophies" */
        memcpy(word, w, len - 3);
        word[len - 3] = 'y';
        return artifact_listed(word, len - 2);
    }
    return false;
}
